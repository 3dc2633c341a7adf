// A thousand partitions: the table renders the rows in view only, and others as it scrolls.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { partition, report, topic } from '../reports.testing';
import { PARTITION_ROW_PX, PartitionsTable } from './PartitionsTable';

const thousand = report({
  topics: [
    topic(
      'events',
      Array.from({ length: 1000 }, (_, p) => partition(p, { replicas: [1, 2, 3] })),
    ),
  ],
});

const rowNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);

describe('the partitions table at size', () => {
  it('renders only the rows in view of a thousand, and says there are a thousand', () => {
    render(<PartitionsTable report={thousand} />);
    expect(screen.getByText('1000 partitions')).not.toBeNull();
    const table = screen.getByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe('1001');
    // No layout in the test: a 600 px view of 30 px rows is 21 rows, and 8 more below.
    expect(rowNames()).toHaveLength(29);
    expect(rowNames()[0]).toBe('events-0');
    expect(rowNames().at(-1)).toBe('events-28');
  });

  it('renders the rows around where it is scrolled to, with their place in the table', () => {
    render(<PartitionsTable report={thousand} />);
    const scroller = screen.getByRole('table').parentElement!;
    scroller.scrollTop = 500 * PARTITION_ROW_PX;
    fireEvent.scroll(scroller);
    const names = rowNames();
    expect(names[0]).toBe('events-492');
    expect(names).toContain('events-500');
    expect(names).not.toContain('events-0');
    const row = screen.getAllByRole('row').find((r) => within(r).queryByText('events-500') !== null)!;
    expect(row.getAttribute('aria-rowindex')).toBe('502');
  });

  it('keeps a short table whole, without a scroll box of its own', () => {
    const few = report({ topics: [topic('orders', [partition(0), partition(1), partition(2)])] });
    render(<PartitionsTable report={few} />);
    expect(rowNames()).toEqual(['orders-0', 'orders-1', 'orders-2']);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBeNull();
  });
});
