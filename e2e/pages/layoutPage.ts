import type { Locator, Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Automatic layout as a person meets it: the Tidy layout control beside Fit view, the nodes' boxes on screen, where
 * a node stands on the canvas (its flow position, which the view's pan and zoom leave alone), and the rate labels.
 */
export class LayoutPage {
  constructor(readonly page: Page) {}

  /** A design of nine nodes without positions: three sources, three topics (one a processor's output), two sinks. */
  static unplaced(): unknown {
    const node = (id: string, kind: string, config: object = {}) => ({ id, kind, name: id, config });
    return {
      format: 'franz.pipeline',
      version: 1,
      name: 'Nine nodes, no positions',
      nodes: [
        node('Database', 'sink'),
        node('Web', 'source', { rate: 300 }),
        node('clicks', 'topic'),
        node('Search', 'sink'),
        node('Mobile', 'source', { rate: 200 }),
        node('telemetry', 'topic'),
        node('Devices', 'source', { rate: 100 }),
        node('Enricher', 'processor'),
        node('enriched', 'topic'),
      ],
      edges: [
        { from: 'Web', to: 'clicks' },
        { from: 'Mobile', to: 'clicks' },
        { from: 'Devices', to: 'telemetry' },
        { from: 'clicks', to: 'Enricher' },
        { from: 'Enricher', to: 'enriched' },
        { from: 'clicks', to: 'Database' },
        { from: 'telemetry', to: 'Database' },
        { from: 'enriched', to: 'Search' },
        { from: 'telemetry', to: 'Search' },
      ],
    };
  }

  tidy(): Locator {
    return this.page.getByRole('button', { name: 'Tidy layout' });
  }

  /** Every node's box on screen, by its accessible name ("Topic: clicks"), read in one go. */
  async nodeBoxes(): Promise<Map<string, Box>> {
    return new Map(await this.page.evaluate<[string, Box][]>(BOXES_OF('.react-flow__node', true)));
  }

  /** The boxes of the rate labels on screen. */
  async labelBoxes(): Promise<Box[]> {
    const named = await this.page.evaluate<[string, Box][]>(BOXES_OF('.rate-edge__label', false));
    return named.map(([, box]) => box);
  }

  /** Where a node stands on the canvas: its flow position, from React Flow's transform on it. */
  async flowPosition(node: Locator): Promise<{ x: number; y: number }> {
    const style = (await node.getAttribute('style')) ?? '';
    const [, x, y] = /translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec(style) ?? [];
    return { x: Number(x), y: Number(y) };
  }

  /** Drags a node by its heading so that its top-left corner lands on `onto`'s. */
  async dragOnto(node: Locator, onto: Locator): Promise<void> {
    const from = (await node.boundingBox())!;
    const to = (await onto.boundingBox())!;
    await this.page.mouse.move(from.x + 20, from.y + 10);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + 20, to.y + 10, { steps: 8 });
    await this.page.mouse.up();
  }
}

/** Pairs of boxes that overlap, named by index or by key. */
export function overlapping(boxes: Map<string, Box> | Box[]): string[] {
  const list = boxes instanceof Map ? [...boxes] : boxes.map((b, i) => [String(i), b] as const);
  const out: string[] = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const [an, a] = list[i]!;
      const [bn, b] = list[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        out.push(`${an} / ${bn}`);
    }
  return out;
}

/** Runs in the page (the e2e code is compiled without the DOM's types, so it is a string). */
const BOXES_OF = (selector: string, named: boolean) => `(() =>
  [...document.querySelectorAll(${JSON.stringify(selector)})].map((el, i) => {
    const r = el.getBoundingClientRect();
    return [${named ? "el.getAttribute('aria-label') || String(i)" : 'String(i)'}, { x: r.x, y: r.y, width: r.width, height: r.height }];
  }))()`;
