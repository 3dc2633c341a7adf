import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The Capacity view: the verdict (a status), the brokers table ("Broker 2 zone-b" rows, a cell per resource), the
 * failure headroom table with the what-if's row, and the "Take down broker N" boxes.
 */
export class CapacityPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Capacity', exact: true });
  }

  async open(): Promise<void> {
    await this.page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Capacity' }).click();
    await expect(this.root).toBeVisible();
  }

  verdict(): Locator {
    return this.root.getByRole('status', { name: 'Verdict' });
  }

  /** "broker 2 network in at 89%; ...": every broker resource past its planning limit. */
  overLimits(): Locator {
    return this.verdict()
      .getByRole('paragraph')
      .filter({ hasText: /^Over their limits:/ });
  }

  /** One broker's cell in the brokers table: 0 network in, 1 network out, 2 disk write, 3 stored. */
  brokerCell(id: number, column: number): Locator {
    return this.root
      .getByRole('table', { name: 'Brokers against their planning limits' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^Broker ${id}\\b`) }) })
      .getByRole('cell')
      .nth(column);
  }

  /** The headroom row of the person's own what-if: cells verdict, then what fails first. */
  whatIfRow(): Locator {
    return this.root
      .getByRole('table', { name: 'Failure headroom: does it still cope?' })
      .getByRole('row')
      .filter({ hasText: 'your what-if' });
  }

  takeDown(id: number): Locator {
    return this.root.getByRole('checkbox', { name: `Take down broker ${id}`, exact: true });
  }
}
