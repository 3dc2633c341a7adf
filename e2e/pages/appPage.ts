import { expect, type Page } from '@playwright/test';
import { CanvasPage } from './canvasPage';
import { CapacityPage } from './capacityPage';
import { ClusterPage } from './clusterPage';
import { InspectorPage } from './inspectorPage';
import { KeepingPage } from './keepingPage';
import { LessonPage } from './lessonPage';
import { ToolbarPage } from './toolbarPage';
import { WhatIfPage } from './whatIfPage';
import { SIMULATED_TIME } from '../patience';

/** The designer as a person sees it: toolbar on top, canvas (or cluster) in the middle, inspector on the right. */
export class AppPage {
  readonly canvas: CanvasPage;
  readonly capacity: CapacityPage;
  readonly cluster: ClusterPage;
  readonly inspector: InspectorPage;
  readonly keeping: KeepingPage;
  readonly lesson: LessonPage;
  readonly toolbar: ToolbarPage;
  readonly whatIf: WhatIfPage;

  constructor(readonly page: Page) {
    this.canvas = new CanvasPage(page);
    this.capacity = new CapacityPage(page);
    this.cluster = new ClusterPage(page);
    this.inspector = new InspectorPage(page);
    this.keeping = new KeepingPage(page);
    this.lesson = new LessonPage(page);
    this.toolbar = new ToolbarPage(page);
    this.whatIf = new WhatIfPage(page);
  }

  /** Opens the app on a fresh profile (or with `hash`), and waits for the design to be on screen. */
  async open(hash = ''): Promise<void> {
    await this.page.goto(`/${hash}`);
    await expect(this.page.getByRole('heading', { name: 'Franz', level: 1 })).toBeVisible();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.page.getByRole('heading', { name: 'Franz', level: 1 })).toBeVisible();
  }

  /** The notice that errors and hints appear in. */
  alert() {
    return this.page.getByRole('alert');
  }

  /** Waits until the simulated clock shows at least `seconds`. */
  async waitForClock(seconds: number): Promise<void> {
    await expect.poll(() => this.toolbar.seconds(), SIMULATED_TIME).toBeGreaterThanOrEqual(seconds);
  }

  /** Pauses the simulation, as a person does before setting something up that must land at a known moment. */
  async pause(): Promise<void> {
    await this.toolbar.button('Pause').click();
    await expect(this.toolbar.button('Play')).toBeVisible();
  }

  async play(): Promise<void> {
    await this.toolbar.button('Play').click();
    await expect(this.toolbar.button('Pause')).toBeVisible();
  }

  /**
   * While paused: Step `times` simulated seconds and wait for the clock to show them. Simulated time then does
   * not depend on how fast the machine answers clicks.
   */
  async step(times: number): Promise<void> {
    const from = await this.toolbar.seconds();
    for (let i = 0; i < times; i++) await this.toolbar.button('Step').click();
    await expect.poll(() => this.toolbar.seconds(), SIMULATED_TIME).toBe(from + times);
  }

  async setSpeed(label: string): Promise<void> {
    await this.toolbar.speed.selectOption({ label });
  }
}
