import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The Cluster view: a card per broker ("Broker 1") with its status and actions, and the partitions table,
 * whose rows are named by their partition ("payments-0") with cells Leader, Replicas, ISR, Leader epoch, State.
 */
export class ClusterPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Cluster', exact: true });
  }

  async open(): Promise<void> {
    await this.page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Cluster' }).click();
    await expect(this.root).toBeVisible();
  }

  brokers(): Locator {
    return this.root.getByRole('group', { name: /^Broker \d+$/ });
  }

  broker(id: number): Locator {
    return this.root.getByRole('group', { name: `Broker ${id}`, exact: true });
  }

  /** "up", "stopped", "fenced", "isolated" or "isolated · fenced". */
  status(id: number): Locator {
    return this.broker(id).getByText(/^(up|stopped|fenced|isolated|isolated · fenced)$/);
  }

  /** "still believes it leads 2 partitions (zombie leader)" on a fenced broker that is cut off. */
  zombieNote(id: number): Locator {
    return this.broker(id).getByText(/zombie leader/);
  }

  async isolate(id: number): Promise<void> {
    await this.broker(id)
      .getByRole('button', { name: `Isolate broker ${id}`, exact: true })
      .click();
  }

  async reconnect(id: number): Promise<void> {
    await this.broker(id)
      .getByRole('button', { name: `Reconnect broker ${id}`, exact: true })
      .click();
  }

  async kill(id: number): Promise<void> {
    await this.broker(id)
      .getByRole('button', { name: `Kill broker ${id}`, exact: true })
      .click();
  }

  async restart(id: number): Promise<void> {
    await this.broker(id)
      .getByRole('button', { name: `Restart broker ${id}`, exact: true })
      .click();
  }

  row(partition: string): Locator {
    return this.root.getByRole('row', { name: new RegExp(`^${partition} `) });
  }

  cell(partition: string, column: 'Leader' | 'Replicas' | 'ISR' | 'Leader epoch' | 'State'): Locator {
    const index = ['Leader', 'Replicas', 'ISR', 'Leader epoch', 'State'].indexOf(column);
    return this.row(partition).getByRole('cell').nth(index);
  }

  leader(partition: string): Locator {
    return this.cell(partition, 'Leader');
  }

  replicas(partition: string): Locator {
    return this.cell(partition, 'Replicas');
  }

  isr(partition: string): Locator {
    return this.cell(partition, 'ISR');
  }

  state(partition: string): Locator {
    return this.cell(partition, 'State');
  }

  /** A figure of the controller panel by its label ("Elections", "Offline transitions"). */
  controllerFigure(label: string): Locator {
    return this.root
      .getByRole('region', { name: 'Controller', exact: true })
      .locator('div')
      .filter({ has: this.page.getByRole('term').filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) }) })
      .getByRole('definition');
  }

  /** Broker ids as a cell lists them: "2, 3, 1" -> [2, 3, 1]. */
  async brokerIds(cell: Locator): Promise<number[]> {
    const text = (await cell.textContent()) ?? '';
    return text.split(',').map((id) => Number(id.trim()));
  }
}
