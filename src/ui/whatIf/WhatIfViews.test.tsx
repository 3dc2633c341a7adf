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
    label?: string;
    compare?: [PipelineDocument, PipelineDocument, BatchRunSettings];
    cancel?: true;
  }[] = [];
  const actions: BatchActions = {
    sweep: (setting, inputs, run) => calls.push({ sweep: [setting.path, inputs, run], label: setting.label }),
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

  it('moves a topic’s partitions and its readers’ consumers together, offering the readers', async () => {
    const { user, calls } = renderWithBatches(<SweepView />);
    await user.selectOptions(screen.getByLabelText('Setting'), 'telemetry · partitions');
    const offers = screen.getByRole('group', { name: 'Move together' });
    expect(offers.textContent).toBe(
      'Consumers beyond the partition count sit idle: give the readers as many?+ Analytics · consumers',
    );
    await user.click(within(offers).getByRole('button', { name: '+ Analytics · consumers' }));
    const joined = screen.getByLabelText('and set to the same value') as HTMLSelectElement;
    expect(joined.value).toBe('nodes.analytics.consumers');
    expect(screen.getByRole('heading').textContent).toBe('Sweep 2 settings together');
    // The suggestion is taken; any other setting can still be added.
    expect(screen.queryByRole('group', { name: 'Move together' })).toBeNull();
    expect(screen.getByRole('button', { name: '+ Another setting, same values' })).toBeTruthy();
    await user.clear(screen.getByLabelText('Values'));
    await user.type(screen.getByLabelText('Values'), '0,1,2,4,2000');
    await user.click(screen.getByRole('button', { name: 'Run sweep' }));
    const [path, inputs] = calls[0]!.sweep!;
    expect(path).toBe('nodes.t-telemetry.partitions,nodes.analytics.consumers');
    expect(calls[0]!.label).toBe('telemetry · partitions = Analytics · consumers');
    const config = (doc: PipelineDocument, id: string) => doc.nodes.find((n) => n.id === id)!.config;
    expect(
      inputs.map((i) =>
        i.doc === null
          ? [i.value, i.error]
          : [i.value, config(i.doc, 't-telemetry'), config(i.doc, 'analytics')].map((c) =>
              typeof c === 'object'
                ? 'partitions' in c
                  ? c.partitions
                  : 'consumers' in c
                    ? c.consumers
                    : c
                : c,
            ),
      ),
    ).toEqual([
      [0, 'nodes[7].config.partitions: must be >= 1'],
      [1, 1, 1],
      [2, 2, 2],
      [4, 4, 4],
      [2000, 'nodes[10].config.consumers: must be <= 1000'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Stop setting Analytics · consumers' }));
    expect(screen.queryByLabelText('and set to the same value')).toBeNull();
    expect(screen.getByRole('heading').textContent).toBe('Sweep one setting');
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
