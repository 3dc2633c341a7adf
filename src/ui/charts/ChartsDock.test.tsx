// The dock's first paint: a placeholder where the charts go, while their code is still to load.
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartsDock } from './ChartsDock';

/** Loading the charts' code takes seconds on a busy machine: this only guards against charts that never come. */
const LOADED_WITHIN_MS = 60_000;

describe('ChartsDock', () => {
  it('first draws a placeholder in the charts’ place that says they are loading', () => {
    render(<ChartsDock />);
    const charts = screen.getByRole('region', { name: 'Charts' });
    expect(charts.getAttribute('aria-busy')).toBe('true');
    expect(charts.textContent).toBe('Loading charts…');
  });

  it('then puts the four charts in its place, each waiting for the simulation to run', async () => {
    render(<ChartsDock />);
    await waitFor(() => expect(screen.queryByText('Loading charts…')).toBeNull(), {
      timeout: LOADED_WITHIN_MS,
    });
    const charts = screen.getByRole('region', { name: 'Charts' });
    expect(charts.hasAttribute('aria-busy')).toBe(false);
    for (const name of ['Throughput', 'Lag per group', 'Lag per partition', 'Delivery'])
      expect(screen.getByRole('figure', { name }).textContent).toContain(
        'Charts fill in once the simulation runs.',
      );
  });
});
