import { describe, expect, it } from 'vitest';
import { fitOptions, minimapByDefault, MINIMAP_SIZE } from './fitOptions';

describe('fit view options', () => {
  it('keeps the design above the minimap when it shows', () => {
    const { padding } = fitOptions({ minimap: true, presenting: false });
    expect(padding.bottom).toBe(`${MINIMAP_SIZE.height + 25}px`);
    expect(padding.top).toBe('16px');
  });

  it('keeps the design above the zoom buttons without the minimap', () => {
    expect(fitOptions({ minimap: false, presenting: false }).padding.bottom).toBe('55px');
  });

  it('lets a design grow past life-size only when presenting', () => {
    expect(fitOptions({ minimap: false, presenting: false }).maxZoom).toBe(1);
    expect(fitOptions({ minimap: false, presenting: true }).maxZoom).toBe(2);
  });

  it('shows the minimap by default on a large canvas only, and never when presenting', () => {
    expect(minimapByDefault({ width: 1500, height: 900 }, false)).toBe(true);
    expect(minimapByDefault({ width: 570, height: 380 }, false)).toBe(false);
    expect(minimapByDefault({ width: 1400, height: 500 }, false)).toBe(false);
    expect(minimapByDefault({ width: 1500, height: 900 }, true)).toBe(false);
  });
});
