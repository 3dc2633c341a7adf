import { expect, type Page } from '@playwright/test';

export interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The parts of the page that sit over or beside the canvas, by what a person calls them. */
const CONTROLS: Record<string, string> = {
  'toolbar button': '.topbar :is(.controls, .document-menu, .display-controls) :is(button, select, input)',
  'Lessons button': '.topbar .brand button',
  'view switch': '.view-switch',
  minimap: '.react-flow__minimap',
  'zoom controls': '.react-flow__controls',
  notice: '.notice, .kept-notice',
  'charts dock': '.dock',
  palette: '.workspace__palette',
  inspector: '.workspace__inspector',
  attribution: '.react-flow__attribution',
};

/** The screen as a room sees it: the boxes of nodes and controls, the viewport's zoom, the page's colours. */
export class RoomPage {
  constructor(readonly page: Page) {}

  /** Fits the view (F, with nothing focused) and waits until the viewport stops moving: the fit is animated. */
  async fitView(): Promise<void> {
    await this.page.evaluate('document.activeElement && document.activeElement.blur()');
    await this.page.keyboard.press('f');
    await this.waitForStillViewport();
  }

  async waitForStillViewport(): Promise<void> {
    let last = '';
    await expect
      .poll(async () => {
        const now = await this.transform();
        const still = now === last;
        last = now;
        return still;
      })
      .toBe(true);
  }

  transform(): Promise<string> {
    return this.page.evaluate<string>(`document.querySelector('.react-flow__viewport').style.transform`);
  }

  async zoom(): Promise<number> {
    const match = /scale\(([\d.]+)\)/.exec(await this.transform());
    return match ? Number(match[1]) : NaN;
  }

  /** A computed style of the first element matching `selector`, as a number of pixels. */
  pixels(selector: string, property: 'fontSize' | 'strokeWidth'): Promise<number> {
    return this.page.evaluate<number>(
      `parseFloat(getComputedStyle(document.querySelector(${JSON.stringify(selector)})).${property})`,
    );
  }

  /** Every visible control's box and every node's box, in page pixels. */
  boxes(): Promise<{ controls: Box[]; nodes: Box[]; canvas: Box }> {
    return this.page.evaluate(`(${BOXES})(${JSON.stringify(CONTROLS)})`);
  }

  /** The relative luminance (0 black .. 1 white) of an element's computed background colour. */
  backgroundLuminance(selector: string): Promise<number> {
    return this.page.evaluate<number>(`(${LUMINANCE})(${JSON.stringify(selector)})`);
  }
}

/** Runs in the page (the e2e code is compiled without the DOM's types, so it is a string). */
const BOXES = `(selectors) => {
  const boxOf = (name, el) => {
    const r = el.getBoundingClientRect();
    return { name, x: r.x, y: r.y, width: r.width, height: r.height };
  };
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const controls = Object.entries(selectors).flatMap(([name, selector]) =>
    [...document.querySelectorAll(selector)].filter(visible).map((el) => boxOf(name, el)),
  );
  const nodes = [...document.querySelectorAll('.react-flow__node')].map((el) =>
    boxOf(el.getAttribute('aria-label') || 'node', el),
  );
  return { controls, nodes, canvas: boxOf('canvas', document.querySelector('.react-flow')) };
}`;

const LUMINANCE = `(selector) => {
  const [r, g, b] = getComputedStyle(document.querySelector(selector)).backgroundColor.match(/[0-9.]+/g).map(Number);
  const channel = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}`;

/** How many pixels two boxes share, across and down (0 when they only touch). */
export function overlap(a: Box, b: Box): number {
  const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return across > 0 && down > 0 ? across * down : 0;
}
