import { expect, type Locator, type Page } from '@playwright/test';

export type Kind = 'Source' | 'Topic' | 'Sink' | 'Processor';

/** The React Flow canvas: nodes named "<Kind>: <name>", their handles, and the empty pane. */
export class CanvasPage {
  readonly pane: Locator;

  constructor(readonly page: Page) {
    this.pane = page.locator('.react-flow__pane');
  }

  node(kind: Kind, name: string): Locator {
    return this.page.getByRole('group', { name: `${kind}: ${name}`, exact: true });
  }

  nodes(): Locator {
    return this.page.locator('.react-flow__node');
  }

  /** Drags a palette item onto the canvas at a point of the pane, as a person would. */
  async dropFromPalette(item: Kind | 'Partition', at: { x: number; y: number }): Promise<void> {
    await this.page
      .getByRole('button', { name: item, exact: true })
      .dragTo(this.pane, { targetPosition: at });
  }

  /** Presses a palette item: the new node lands in a free spot in the middle of the view. */
  async addFromPalette(item: Kind): Promise<void> {
    await this.page.getByRole('button', { name: item, exact: true }).click();
  }

  /**
   * Drags the Partition item onto a node. A person aims at the node where it stands: on a slow machine the
   * canvas may still be fitting the view, so the node is clicked first (Playwright waits until it stops moving).
   */
  async dropPartitionOn(node: Locator): Promise<void> {
    await node.click();
    await this.page.getByRole('button', { name: 'Partition', exact: true }).dragTo(node);
  }

  /**
   * Drags a connection from one node's output handle to another's input handle. A person aims at a handle where it
   * stands: hovering waits until it stops moving (on a slow machine a notice or the view fitting can still move the
   * canvas), and the target is measured again once the drag has begun.
   */
  async connect(from: Locator, to: Locator): Promise<void> {
    const out = from.locator('.react-flow__handle.source');
    const into = to.locator('.react-flow__handle.target');
    await out.hover();
    const a = await out.boundingBox();
    if (!a) throw new Error('handle not visible');
    await this.page.mouse.down();
    const start = await into.boundingBox();
    if (!start) throw new Error('handle not visible');
    await this.page.mouse.move((a.x + start.x) / 2, (a.y + start.y) / 2, { steps: 5 });
    const b = await into.boundingBox();
    if (!b) throw new Error('handle not visible');
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }

  /** Selects everything and deletes it, leaving an empty canvas. */
  async clear(): Promise<void> {
    await this.pane.click({ position: { x: 10, y: 10 } });
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.press('Delete');
    await expect(this.nodes()).toHaveCount(0);
  }

  /** The "lag <number>" text on a sink or processor node, as a number. */
  async lag(node: Locator): Promise<number> {
    const text = await node.getByText(/^lag [\d,]+$/).textContent();
    return Number((text ?? '').replace(/[^\d]/g, ''));
  }

  /** The number under a delivery figure's label on a node: "acked", "lost", "duplicates", "out of order". */
  figure(node: Locator, label: string): Locator {
    const term = node
      .getByRole('group', { name: 'Delivery' })
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${label}$`) });
    return term.locator('xpath=following-sibling::dd[1]');
  }

  /**
   * Pairs of texts on one node that run into each other, or a text wider than its own column (clipped),
   * as "<node>: <a> / <b>". Measured on the laid-out text itself (a Range), not on its element's box,
   * since a figure's box is its whole column while its digits may spill out of it.
   */
  async collidingTexts(): Promise<string[]> {
    return this.page.evaluate<string[]>(COLLIDING_TEXTS);
  }
}

/** Runs in the page (the e2e code is compiled without the DOM's types, so it is a string). */
const COLLIDING_TEXTS = `(() => {
  const TEXTS = '.figures__label, .figures__value, .lane__id, .lane__leo, .fnode__lag, .fnode__badge, .fnode__figure';
  const problems = [];
  for (const node of document.querySelectorAll('.react-flow__node')) {
    const name = node.getAttribute('aria-label') || '?';
    const texts = [...node.querySelectorAll(TEXTS)].map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return { el, text: el.textContent || '', rect: range.getBoundingClientRect() };
    });
    for (const t of texts) {
      const own = t.el.getBoundingClientRect();
      if (t.el.scrollWidth > t.el.clientWidth + 1 || t.rect.right > own.right + 1 || t.rect.left < own.left - 1)
        problems.push(name + ': "' + t.text + '" does not fit its column');
    }
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i].rect;
        const b = texts[j].rect;
        if (a.width > 0 && b.width > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          problems.push(name + ': "' + texts[i].text + '" / "' + texts[j].text + '"');
      }
  }
  return problems;
})()`;
