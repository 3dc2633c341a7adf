// Both lags of a group per partition, and why they differ, as a person reads them in the group's inspector.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithSim, setSim } from '../render.testing';
import { group, partition, report, topic } from '../reports.testing';
import { GroupLags } from './GroupLags';
import { groupLags, whyLagsDiffer } from './groupLags';

// Auto-commit ran 4 s ago: the committed offsets trail the positions by what was read since.
const now = report({
  topics: [
    topic('orders', [
      partition(0, { highWatermark: 1200 }),
      partition(1, { highWatermark: 900 }),
      partition(2, { highWatermark: 50 }),
    ]),
  ],
  groups: [
    group({
      committed: { orders: [800, 860, null] },
      positions: { orders: [1150, 900, null] },
    }),
  ],
});

describe('a group’s two lags', () => {
  it('counts the committed lag and the position lag per partition', () => {
    expect(groupLags(now.groups[0]!, now)).toEqual([
      {
        label: 'orders-0',
        highWatermark: 1200,
        committed: 800,
        position: 1150,
        committedLag: 400,
        positionLag: 50,
      },
      {
        label: 'orders-1',
        highWatermark: 900,
        committed: 860,
        position: 900,
        committedLag: 40,
        positionLag: 0,
      },
      {
        label: 'orders-2',
        highWatermark: 50,
        committed: null,
        position: null,
        committedLag: null,
        positionLag: null,
      },
    ]);
  });

  it('says why they differ for the group’s commit mode', () => {
    expect(whyLagsDiffer({ enableAutoCommit: true, autoCommitIntervalMs: 5000 })).toBe(
      'Offsets are committed every auto.commit.interval.ms = 5 s, so the committed lag saw-tooths above the position lag and drops at each commit.',
    );
    expect(whyLagsDiffer({ enableAutoCommit: false, autoCommitIntervalMs: 5000 })).toMatch(
      /^This consumer commits after processing each poll/,
    );
  });

  it('shows both in a table, each explained where shown', () => {
    setSim({ report: now });
    renderWithSim(
      <GroupLags nodeId="database" config={{ enableAutoCommit: true, autoCommitIntervalMs: 5000 }} />,
    );
    const table = screen.getByRole('table', { name: 'Lag per partition' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Partition', 'Committed lag', 'Position lag'],
      ['orders-0', '400', '50'],
      ['orders-1', '40', '0'],
      ['orders-2', '—', '—'],
    ]);
    expect(within(table).getByRole('columnheader', { name: 'Committed lag' }).title).toMatch(
      /kafka-consumer-groups.sh/,
    );
    expect(within(table).getByRole('columnheader', { name: 'Position lag' }).title).toMatch(/records-lag/);
    expect(screen.getByText(/saw-tooths above the position lag/)).toBeTruthy();
  });
});
