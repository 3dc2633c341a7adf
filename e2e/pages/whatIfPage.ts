import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The Sweep and Compare views: their forms by label, the progress a batch shows ("3 of 5 values, 40%"), and the
 * result tables (a row per swept value, or a row per figure with A, B and B - A).
 */
export class WhatIfPage {
  readonly sweepRoot: Locator;
  readonly compareRoot: Locator;

  constructor(readonly page: Page) {
    this.sweepRoot = page.getByRole('region', { name: 'Sweep', exact: true });
    this.compareRoot = page.getByRole('region', { name: 'Compare', exact: true });
  }

  private async view(name: 'Sweep' | 'Compare' | 'With Kafka'): Promise<void> {
    await this.page.getByRole('group', { name: 'View' }).getByRole('button', { name, exact: true }).click();
  }

  async openSweep(): Promise<void> {
    await this.view('Sweep');
    await expect(this.sweepRoot).toBeVisible();
  }

  async openCompare(): Promise<void> {
    await this.view('Compare');
    await expect(this.compareRoot).toBeVisible();
  }

  async openCanvas(): Promise<void> {
    await this.view('With Kafka');
  }

  /** Chooses the setting by its label ("telemetry · partitions"), the values and the simulated time, and runs. */
  async sweep(setting: string, values: string, duration: string): Promise<void> {
    await this.sweepRoot.getByLabel('Setting', { exact: true }).selectOption({ label: setting });
    await this.sweepRoot.getByLabel('Values', { exact: true }).fill(values);
    await this.sweepRoot
      .getByLabel('Simulated time per value', { exact: true })
      .selectOption({ label: duration });
    await this.sweepRoot.getByRole('button', { name: 'Run sweep' }).click();
  }

  /**
   * Chooses the setting, then moves the settings offered under it with it ("+ Analytics · consumers": each takes
   * the same value at every step), and runs over the values.
   */
  async sweepTogether(setting: string, offered: string[], values: string, duration: string): Promise<void> {
    await this.sweepRoot.getByLabel('Setting', { exact: true }).selectOption({ label: setting });
    const offers = this.sweepRoot.getByRole('group', { name: 'Move together' });
    for (const label of offered)
      await offers.getByRole('button', { name: `+ ${label}`, exact: true }).click();
    await this.sweep(setting, values, duration);
  }

  /** What a running or finished batch says: "2 of 3 values, 40%", "Running B, 70%", "Done.". */
  status(root: Locator): Locator {
    return root.getByRole('status');
  }

  sweepTable(): Locator {
    return this.sweepRoot.getByRole('table', { name: /^Sweep of / });
  }

  /** A figure of the sweep table by the swept value and the column's heading, as a number. */
  async sweepFigure(value: string, column: string): Promise<number> {
    const table = this.sweepTable();
    const headings = await table.getByRole('columnheader').allTextContents();
    const at = headings.indexOf(column);
    if (at < 1) throw new Error(`no column "${column}" in ${headings.join(' | ')}`);
    const row = table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: value, exact: true }) });
    const text = await row
      .getByRole('cell')
      .nth(at - 1)
      .textContent();
    return Number((text ?? '').replace(/,/g, ''));
  }

  chart(root: Locator): Locator {
    return root.getByRole('figure');
  }

  async keepAsA(): Promise<void> {
    await this.compareRoot.getByRole('button', { name: 'Keep as A' }).click();
  }

  async compare(duration: string): Promise<void> {
    await this.compareRoot.getByLabel('Simulated time', { exact: true }).selectOption({ label: duration });
    await this.compareRoot.getByRole('button', { name: 'Compare', exact: true }).click();
  }

  compareTable(): Locator {
    return this.compareRoot.getByRole('table', { name: 'A and B' });
  }

  /** One figure's row of the compare table: [A, B, B - A] as they read. */
  async compareRow(figure: string): Promise<string[]> {
    const row = this.compareTable()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: figure, exact: true }) });
    return row.getByRole('cell').allTextContents();
  }
}
