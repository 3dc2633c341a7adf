// The live chart as a person sees it: axes with their labels, a line per series, and on hover the sample's
// values, biggest first.
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartData } from './chartRows';
import { TimeChart } from './TimeChart';

const data: ChartData = {
  rows: [
    { t: 1000, a: 0, b: null },
    { t: 2000, a: 500, b: 100 },
    { t: 3000, a: 1000, b: 200 },
  ],
  lines: [
    { key: 'a', name: 'orders produced', color: '#111111', dashed: false },
    { key: 'b', name: 'orders consumed', color: '#222222', dashed: true },
  ],
  legend: [],
};

describe('TimeChart', () => {
  beforeEach(() => {
    // jsdom lays nothing out: the chart's box is 252 px wide, from the page's left edge.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(252);
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 252, 124));
  });
  afterEach(() => vi.restoreAllMocks());

  it('draws the axes’ labels and one path per line, the consumed line dashed', () => {
    const { container } = render(<TimeChart data={data} height={124} />);
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(['0', '500', '1K', '00:01', '00:02', '00:03']);
    const paths = container.querySelectorAll('path.chart-lines__line');
    expect([...paths].map((p) => p.getAttribute('d'))).toEqual([
      'M52,100L144,54L236,8',
      'M144,90.8L236,81.6',
    ]);
    expect(paths[1]!.getAttribute('stroke-dasharray')).toBe('7 5');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('on hover shows the nearest sample’s time and every line’s value there, biggest first', () => {
    const { container } = render(<TimeChart data={data} height={124} />);
    const svg = container.querySelector('svg')!;
    fireEvent.pointerMove(svg, { clientX: 150 });
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toBe('00:02orders produced : 500orders consumed : 100');
    expect(container.querySelectorAll('.chart-lines__active circle')).toHaveLength(2);
    fireEvent.pointerLeave(svg);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});

describe('TimeChart from the keyboard', () => {
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(252);
  });
  afterEach(() => vi.restoreAllMocks());

  it('steps through the samples with the arrow keys, newest first, and lets go on Escape', () => {
    render(<TimeChart data={data} height={124} />);
    const chart = screen.getByRole('img', { name: /arrow keys/ });
    chart.focus();
    fireEvent.keyDown(chart, { key: 'ArrowLeft' });
    expect(screen.getByRole('tooltip').textContent).toBe('00:03orders produced : 1,000orders consumed : 200');
    fireEvent.keyDown(chart, { key: 'ArrowLeft' });
    expect(screen.getByRole('tooltip').textContent).toMatch(/^00:02/);
    fireEvent.keyDown(chart, { key: 'Home' });
    expect(screen.getByRole('tooltip').textContent).toBe('00:01orders produced : 0');
    fireEvent.keyDown(chart, { key: 'ArrowLeft' });
    expect(screen.getByRole('tooltip').textContent).toMatch(/^00:01/);
    fireEvent.keyDown(chart, { key: 'End' });
    expect(screen.getByRole('tooltip').textContent).toMatch(/^00:03/);
    expect(chart.getAttribute('aria-describedby')).toBe(screen.getByRole('tooltip').id);
    fireEvent.keyDown(chart, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
