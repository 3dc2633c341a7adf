import { expect, type Locator, type Page } from '@playwright/test';
import { KeepingPage } from './keepingPage';

/**
 * A big design as a person meets it: a topic of a thousand partitions drawn as one heatmap band at fit view
 * (its name still readable) and as lanes once zoomed in, in a box of their own that scrolls; the Cluster
 * view's partitions table and the inspector's list of a big group's members, which scroll too.
 */
export class SizePage {
  constructor(readonly page: Page) {}

  /** A source writing one topic of `partitions` partitions, read by one sink: laid out to fit a screen. */
  static wideTopic(topic: string, partitions: number, consumers = 2): unknown {
    return {
      format: 'franz.pipeline',
      version: 1,
      name: `One topic of ${partitions} partitions`,
      cluster: { brokers: [{ id: 1 }, { id: 2 }, { id: 3 }] },
      nodes: [
        {
          id: 'clicks-source',
          kind: 'source',
          name: 'Web clicks',
          position: { x: 0, y: 0 },
          config: { rate: 2000 },
        },
        {
          id: 'wide',
          kind: 'topic',
          name: topic,
          position: { x: 300, y: 0 },
          config: { partitions, replicationFactor: 2 },
        },
        { id: 'store', kind: 'sink', name: 'Store', position: { x: 620, y: 0 }, config: { consumers } },
      ],
      edges: [
        { from: 'clicks-source', to: 'wide' },
        { from: 'wide', to: 'store' },
      ],
    };
  }

  static linkFor(design: unknown): string {
    return KeepingPage.linkFor(design);
  }

  /** The topic's partitions as one heatmap band (an image named for what it shows). */
  band(topic: string): Locator {
    return this.page.getByRole('img', { name: new RegExp(`^Partitions of ${topic} as a heatmap:`) });
  }

  /** The topic's partitions as lanes, one list item each. */
  lanes(topic: string): Locator {
    return this.page.getByRole('list', { name: `Partitions of ${topic}`, exact: true });
  }

  /** One partition's lane, by the topic-partition its tooltip starts with ("clicks-999: ..."). */
  lane(topic: string, partition: number): Locator {
    return this.lanes(topic).getByTitle(new RegExp(`^${topic}-${partition}: `));
  }

  /** Scrolls the topic's lanes with the mouse wheel over their box, as a person would. */
  async scrollLanes(topic: string, pixels: number): Promise<void> {
    // The list is as tall as all its lanes; the box around it is what shows and scrolls.
    await this.lanes(topic).locator('..').hover();
    await this.page.mouse.wheel(0, pixels);
  }

  /** The live group's members in the inspector. */
  members(): Locator {
    return this.page
      .getByRole('complementary', { name: 'Inspector' })
      .getByRole('list', { name: 'Members', exact: true });
  }

  /** Scrolls the inspector's member list with the mouse wheel over its box. */
  async scrollMembers(pixels: number): Promise<void> {
    await this.members().locator('..').hover();
    await this.page.mouse.wheel(0, pixels);
  }

  /** The node's name as drawn on its card. */
  name(node: Locator, text: string): Locator {
    return node.getByText(text, { exact: true });
  }

  /** The canvas's zoom: the scale React Flow sets on its viewport ("translate(..) scale(0.89)"). */
  async zoom(): Promise<number> {
    const style = (await this.page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
    return Number(/scale\(([\d.]+)\)/.exec(style)?.[1] ?? NaN);
  }

  /** Presses the canvas's Zoom in button until `until` shows, at most `times` times. */
  async zoomInUntil(until: Locator, times = 6): Promise<void> {
    for (let i = 0; i < times && !(await until.isVisible()); i++) {
      await this.page.getByRole('button', { name: 'Zoom in' }).click();
      await until.waitFor({ state: 'visible', timeout: 1000 }).catch(() => undefined);
    }
    await expect(until).toBeVisible();
  }

  /** The Cluster view's partitions table. */
  partitionsTable(): Locator {
    return this.page
      .getByRole('region', { name: 'Cluster', exact: true })
      .getByRole('table', { name: 'Partitions' });
  }

  /** Scrolls the partitions table with the mouse wheel over it, as a person would. */
  async scrollPartitions(pixels: number): Promise<void> {
    await this.partitionsTable().hover();
    await this.page.mouse.wheel(0, pixels);
  }
}
