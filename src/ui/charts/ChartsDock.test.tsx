// The dock's first paint: a placeholder where the charts go, while their code (recharts) is still to load.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartsDock } from './ChartsDock';

describe('ChartsDock', () => {
  it('first draws a placeholder in the charts’ place that says they are loading', () => {
    expect(renderToStaticMarkup(<ChartsDock />)).toBe(
      '<section class="charts-loading" aria-label="Charts" aria-busy="true">' +
        '<p class="charts-loading__text">Loading charts…</p></section>',
    );
  });
});
