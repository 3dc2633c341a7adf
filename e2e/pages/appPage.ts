import { expect, type Page } from '@playwright/test';
import { CanvasPage } from './canvasPage';
import { ClusterPage } from './clusterPage';
import { InspectorPage } from './inspectorPage';
import { KeepingPage } from './keepingPage';
import { ToolbarPage } from './toolbarPage';
import { SIMULATED_TIME } from '../patience';

/** The designer as a person sees it: toolbar on top, canvas (or cluster) in the middle, inspector on the right. */
export class AppPage {
  readonly canvas: CanvasPage;
  readonly cluster: ClusterPage;
  readonly inspector: InspectorPage;
  readonly keeping: KeepingPage;
  readonly toolbar: ToolbarPage;

  constructor(readonly page: Page) {
    this.canvas = new CanvasPage(page);
    this.cluster = new ClusterPage(page);
    this.inspector = new InspectorPage(page);
    this.keeping = new KeepingPage(page);
    this.toolbar = new ToolbarPage(page);
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

  async setSpeed(label: string): Promise<void> {
    await this.toolbar.speed.selectOption({ label });
  }
}
