// The record inspector as a person and a screen reader find it: a table of one partition's records with the marks
// among them, paging, a typed start offset, refreshing once a second while open and never after it closes.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RecordPage, RecordRow } from '../../engine';
import { useFranz } from '../../store/store';
import { renderWithSim, setSim } from '../render.testing';
import { RecordInspectorDialog } from './RecordInspector';

const row = (offset: number, over: Partial<RecordRow> = {}): RecordRow => ({
  offset,
  timestampMs: 5_000 + offset * 10,
  key: `key-${offset % 3}`,
  valueBytes: 105,
  tombstone: false,
  leaderEpoch: 0,
  producer: 'shop-producer',
  producerId: 0,
  sequence: Math.floor(offset / 2),
  batchBaseOffset: offset - (offset % 2),
  committed: offset < 104,
  ...over,
});

// Offsets 100..105, of which the cleaner removed 102; the group committed 101 and its consumer is at 103.
const page: RecordPage = {
  topic: 'orders',
  partition: 0,
  fromOffset: 100,
  toOffset: 106,
  logStartOffset: 0,
  logEndOffset: 106,
  highWatermark: 104,
  firstKeptOffset: 0,
  removed: 1,
  leader: 1,
  leaderEpoch: 1,
  records: [row(100), row(101), row(103), row(104), row(105, { leaderEpoch: 1, tombstone: true })],
  groups: [{ groupId: 'billing', node: 'billing', committed: 101, position: 103 }],
  replicas: [
    { brokerId: 1, leader: true, inIsr: true, logEndOffset: 106, highWatermark: 104, truncation: null },
    {
      brokerId: 2,
      leader: false,
      inIsr: true,
      logEndOffset: 104,
      highWatermark: 104,
      truncation: { offset: 50, fromOffset: 57, epoch: 0 },
    },
  ],
};

function open() {
  const rendered = renderWithSim(<RecordInspectorDialog />);
  act(() => useFranz.getState().openRecords('orders', 0));
  return rendered;
}

const answer = (fromOffset: number | null, p: RecordPage | null = page) =>
  setSim({ records: { query: { topic: 'orders', partition: 0, fromOffset, limit: 200 }, page: p } });

afterEach(() => vi.useRealTimers());

describe('the record inspector', () => {
  it('asks for the newest records and shows them in a table, marks and gaps in offset order', () => {
    const { calls } = open();
    expect(calls).toEqual(['records orders-0 from null limit 200']);
    const dialog = screen.getByRole('dialog', { name: 'Records of orders-0' });
    expect(within(dialog).getByText('Reading the log…')).toBeTruthy();
    answer(null);
    const table = within(dialog).getByRole('table', { name: 'Records 100–105, oldest first' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Offset',
      'Key',
      'Value bytes',
      'Timestamp',
      'Leader epoch',
      'Producer',
      'Batch seq',
      'Batch',
      'Readable',
    ]);
    const lines = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent).join(' | '));
    expect(lines).toEqual([
      '100 | key-1 | 105 | 00:06.000 | 0 | shop-producer (id 0) | 50 | 100 starts | yes',
      'group billing committed here (offset 101): after a restart or rebalance it resumes from this record',
      '101 | key-2 | 105 | 00:06.010 | 0 | shop-producer (id 0) | 50 | 100 | yes',
      'offset 102: 1 record removed by compaction (a newer record has the same key); the offsets stay, never renumbered',
      "group billing's consumer is here (position 103): its next poll() returns this record",
      '103 | key-1 | 105 | 00:06.030 | 0 | shop-producer (id 0) | 51 | 102 | yes',
      'high watermark 104: every in-sync replica has the records above this line; consumers read only those',
      '104 | key-2 | 105 | 00:06.040 | 0 | shop-producer (id 0) | 52 | 104 starts | not yet',
      '105 | key-0 | null (tombstone) | 00:06.050 | 1 | shop-producer (id 0) | 52 | 104 | not yet',
    ]);
    // The truncation long before these rows is listed apart, with a way to go there.
    expect(within(dialog).getByRole('list', { name: 'Marks outside these rows' }).textContent).toContain(
      'broker 2 truncated its log here (offset 50, from 57)',
    );
    const replicas = within(dialog).getByRole('table', { name: /^Replicas/ });
    expect(
      [...within(replicas).getByRole('row', { name: /^2 follower/ }).children].map((c) => c.textContent),
    ).toEqual(['2', 'follower', 'in ISR', '104', '104', 'to 50 from 57 (kept epoch 0)']);
  });

  it('pages older and newer, and reads from a typed offset', async () => {
    const { calls, user } = open();
    answer(null);
    await user.click(screen.getByRole('button', { name: 'Show offset 50' }));
    expect(calls.at(-1)).toBe('records orders-0 from 45 limit 200');
    answer(45, { ...page, fromOffset: 45, toOffset: 245, logEndOffset: 400 });
    await user.click(screen.getByRole('button', { name: 'Newer' }));
    expect(calls.at(-1)).toBe('records orders-0 from 245 limit 200');
    await user.type(screen.getByLabelText('From offset'), '7');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(calls.at(-1)).toBe('records orders-0 from 7 limit 200');
    await user.click(screen.getByRole('button', { name: 'Newest' }));
    expect(calls.at(-1)).toBe('records orders-0 from null limit 200');
  });

  it('refreshes once a second while open, and stops asking when closed with Escape or Close', () => {
    vi.useFakeTimers();
    const { calls } = open();
    act(() => vi.advanceTimersByTime(2_500));
    expect(calls).toHaveLength(3);
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => vi.advanceTimersByTime(5_000));
    expect(calls).toHaveLength(3);
    act(() => useFranz.getState().openRecords('orders', 0));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(useFranz.getState().recordsOf).toBeNull();
  });

  it('says so when the partition is not in the running simulation', () => {
    open();
    answer(null, null);
    expect(screen.getByText(/not in the running simulation/)).toBeTruthy();
  });
});
