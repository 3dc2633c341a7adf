// The Sweep and Compare views as a person uses them: pick a setting and values, run, watch the progress, read the
// table; keep A, change the design, compare.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import { edits, parseDocument, type PipelineDocument, type RunFigures, type SweepInput } from '../../engine';
import type { BatchState } from '../../store/batchSlice';
import { useFranz } from '../../store/store';
import { BatchActionsContext, type BatchActions, type BatchRunSettings } from '../batchActions';
import { CompareView } from './CompareView';
import { SweepView } from './SweepView';

function article(): PipelineDocument {
  const parsed = parseDocument(example);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.doc;
}

function renderWithBatches(element: ReactElement) {
  const calls: {
    sweep?: [string, SweepInput[], BatchRunSettings];
    compare?: [PipelineDocument, PipelineDocument, BatchRunSettings];
    cancel?: true;
  }[] = [];
  const actions: BatchActions = {
    sweep: (setting, inputs, run) => calls.push({ sweep: [setting.path, inputs, run] }),
    compare: (a, b, run) => calls.push({ compare: [a, b, run] }),
    cancel: () => calls.push({ cancel: true }),
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <BatchActionsContext value={actions}>{children}</BatchActionsContext>
  );
  act(() => useFranz.getState().replaceDocument(article()));
  const result = render(element, { wrapper });
  return { ...result, user: userEvent.setup(), calls };
}

const setBatch = (batch: BatchState) => act(() => useFranz.getState().setBatch(batch));

const figures = (maxLag: number): RunFigures => ({
  maxLag,
  lagSeconds: 4.2,
  timeToDrainSeconds: 0,
  p99LatencyMs: 7847.9,
  brokerUtilisation: 0.006,
  recordsLost: 0,
});
const lag = { timesMs: [1000, 2000], records: [0, 10] };

describe('the Sweep view', () => {
  it('runs the chosen setting over the typed values, refused ones with the schema’s message', async () => {
    const { user, calls } = renderWithBatches(<SweepView />);
    expect((screen.getByLabelText('Setting') as HTMLSelectElement).value).toBe(
      'nodes.t-user-events.partitions',
    );
    await user.selectOptions(screen.getByLabelText('Setting'), 'payments · partitions');
    expect((screen.getByLabelText('Values') as HTMLInputElement).value).toBe('3..24');
    await user.clear(screen.getByLabelText('Values'));
    await user.type(screen.getByLabelText('Values'), '0,3,6');
    expect(screen.getByText(/^3 values: 0, 3, 6\./)).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Simulated time per value'), '5 min');
    await user.click(screen.getByRole('button', { name: 'Run sweep' }));
    const [path, inputs, run] = calls[0]!.sweep!;
    expect(path).toBe('nodes.t-payments.partitions');
    expect(inputs.map((i) => [i.value, i.doc === null ? i.error : 'ok'])).toEqual([
      [0, 'nodes[6].config.partitions: must be >= 1'],
      [3, 'ok'],
      [6, 'ok'],
    ]);
    expect(run).toEqual({ seed: 1, durationMs: 300_000 });
  });

  it('a range it cannot read says why, and Run waits for a good one', async () => {
    const { user } = renderWithBatches(<SweepView />);
    await user.clear(screen.getByLabelText('Values'));
    await user.type(screen.getByLabelText('Values'), '48..3');
    expect(screen.getByText('range "48..3": the end 3 is below the start 48')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Run sweep' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the progress with Cancel while it runs, then a row per value', async () => {
    const { user, calls } = renderWithBatches(<SweepView />);
    const running: BatchState = {
      kind: 'sweep',
      status: 'running',
      progress: { run: 2, runs: 5, doneMs: 0, durationMs: 60_000, fraction: 0.4 },
      seed: 1,
      durationMs: 60_000,
      setting: 'nodes.t-telemetry.partitions',
      settingLabel: 'telemetry · partitions',
    };
    setBatch(running);
    expect(screen.getByRole('status').textContent).toBe('3 of 5 values, 40%');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(calls).toEqual([{ cancel: true }]);
    setBatch({
      ...running,
      status: 'done',
      rows: [
        { value: 1, figures: figures(37_635), lag },
        { value: 2, figures: figures(15_796), lag },
        { value: 0, error: 'nodes[7].config.partitions: must be >= 1' },
      ],
    });
    expect(screen.getByRole('status').textContent).toBe('Done.');
    const table = screen.getByRole('table', { name: 'Sweep of telemetry · partitions' });
    const cells = within(table)
      .getAllByRole('row')
      .map((r) =>
        within(r)
          .queryAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(cells[1]).toEqual(['37,635', '4.2', '0', '7,847.9', '0.6%', '0']);
    expect(cells[3]).toEqual(['refused: nodes[7].config.partitions: must be >= 1']);
    expect(screen.getByRole('button', { name: 'Run sweep' })).toBeTruthy();
  });
});

describe('the Compare view', () => {
  it('compares only once A is kept; then names what B changed and runs A against the design on the canvas', async () => {
    const { user, calls } = renderWithBatches(<CompareView />);
    expect(screen.getByText('No design kept as A yet.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Compare' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Keep as A' }));
    const a = useFranz.getState().doc;
    const b = edits.updateConfig(a, 'analytics', { consumers: 1 });
    if (!b.ok) throw new Error(b.error);
    act(() => useFranz.getState().apply(b.doc));
    expect(screen.getByRole('listitem').textContent).toBe('Analytics: consumers 4 → 1');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(calls[0]!.compare).toEqual([a, b.doc, { seed: 1, durationMs: 60_000 }]);
    // A stays in the view state: the design document knows nothing of it.
    expect(JSON.stringify(useFranz.getState().doc)).not.toContain('compareA');
  });

  it('shows A, B and B - A, a rise marked worse', () => {
    renderWithBatches(<CompareView />);
    setBatch({
      kind: 'compare',
      status: 'done',
      progress: null,
      seed: 1,
      durationMs: 60_000,
      compare: {
        a: { figures: figures(14_153), lag },
        b: { figures: { ...figures(38_732), timeToDrainSeconds: null }, lag },
        difference: {
          ...figures(24_579),
          lagSeconds: 0,
          timeToDrainSeconds: null,
          p99LatencyMs: 0,
          brokerUtilisation: 0,
        },
      },
    });
    const table = screen.getByRole('table', { name: 'A and B' });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!.textContent;
    expect(row('max lag')).toBe('max lag14,15338,732+24,579 worse');
    expect(row('time to drain (s)')).toBe('time to drain (s)0neverworse: B never drains');
    expect(row('records lost')).toBe('records lost000');
  });
});
