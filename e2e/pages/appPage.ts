import { expect, type Locator, type Page } from '@playwright/test';

/** Reads the simulated clock as the page shows it ("mm:ss", or "h:mm:ss" past an hour) in seconds. */
export function clockToSeconds(text: string): number {
  const parts = text.trim().split(':').map(Number);
  if (parts.length < 2 || parts.some((n) => !Number.isInteger(n))) throw new Error(`not a clock: "${text}"`);
  return parts.reduce((total, n) => total * 60 + n, 0);
}

/** The first page: a Run example button, then the running simulation with its controls and tables. */
export class AppPage {
  readonly heading: Locator;
  readonly runExampleButton: Locator;
  readonly clock: Locator;
  readonly playButton: Locator;
  readonly pauseButton: Locator;
  readonly stepButton: Locator;
  readonly speedSelect: Locator;
  readonly sinks: Locator;
  readonly topics: Locator;
  readonly events: Locator;
  readonly stoppedAlert: Locator;
  readonly restartButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.runExampleButton = page.getByRole('button', { name: 'Run example' });
    this.clock = page.getByRole('timer', { name: 'Simulated time' });
    this.playButton = page.getByRole('button', { name: 'Play', exact: true });
    this.pauseButton = page.getByRole('button', { name: 'Pause', exact: true });
    this.stepButton = page.getByRole('button', { name: 'Step', exact: true });
    this.speedSelect = page.getByRole('combobox', { name: 'Speed' });
    this.sinks = page.getByRole('region', { name: 'Sinks' });
    this.topics = page.getByRole('region', { name: 'Topics' });
    this.events = page.getByRole('region', { name: 'Recent events' });
    this.stoppedAlert = page.getByRole('alert').filter({ hasText: 'The simulation stopped' });
    this.restartButton = page.getByRole('button', { name: 'Restart' });
  }

  async open() {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
  }

  async runExample() {
    await this.runExampleButton.click();
    await expect(this.clock).toBeVisible();
  }

  /** The row of the sink (consumer group) with this name. */
  sinkRow(name: string): Locator {
    return this.sinks
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  topicRow(name: string): Locator {
    return this.topics
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async clockSeconds(): Promise<number> {
    return clockToSeconds(await this.clock.innerText());
  }

  async waitForClockPast(seconds: number, timeout = 10_000) {
    await expect.poll(() => this.clockSeconds(), { timeout }).toBeGreaterThan(seconds);
  }

  /** Pauses and waits until the worker confirms it: the Play button is back. */
  async pause() {
    await this.pauseButton.click();
    await expect(this.playButton).toBeVisible();
  }

  async step() {
    await this.stepButton.click();
  }

  async setSpeed(label: string) {
    await this.speedSelect.selectOption({ label });
  }
}
