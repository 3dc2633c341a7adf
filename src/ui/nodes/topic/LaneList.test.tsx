// A topic of a thousand partitions zoomed in: every lane is reachable by scrolling, and only those in view
// are rendered.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { group, member, partition, report, topic } from '../../reports.testing';
import { LANE_ROW_PX, LaneList } from './LaneList';

const thousand = report({
  topics: [
    topic(
      'clicks',
      Array.from({ length: 1000 }, (_, p) => partition(p, { logStartOffset: 0, logEndOffset: 10 * p })),
    ),
  ],
  groups: [
    group({
      node: 'store',
      committed: { clicks: Array.from({ length: 1000 }, () => 0) },
      members: [member('store-1', { clicks: Array.from({ length: 1000 }, (_, p) => p) })],
    }),
  ],
});

const lanes = () => screen.getAllByRole('listitem');
const ids = () => lanes().map((li) => Number(li.querySelector('.lane__id')!.textContent));

describe('the lane list of a topic', () => {
  it('lists a few partitions whole, with no scroll box', () => {
    const { container } = render(<LaneList topic="clicks" partitions={5} report={null} />);
    expect(ids()).toEqual([0, 1, 2, 3, 4]);
    expect(container.querySelector('.node-scroll')).toBeNull();
    expect(lanes()[0]!.getAttribute('aria-setsize')).toBeNull();
  });

  it('renders only the lanes in view of a thousand, in a box twelve lanes high that scrolls and does not zoom', () => {
    const { container } = render(<LaneList topic="clicks" partitions={1000} report={thousand} />);
    const box = container.querySelector<HTMLElement>('.node-scroll')!;
    expect(box.style.height).toBe('144px');
    expect([...box.classList]).toEqual(['node-scroll', 'nowheel', 'nodrag']);
    // No layout in the test: a 600 px view of 12 px lanes is 51 lanes, and 8 more below.
    expect(ids()).toEqual(Array.from({ length: 59 }, (_, p) => p));
    const list = screen.getByRole('list', { name: 'Partitions of clicks' });
    expect(list.style.paddingBottom).toBe(`${(1000 - 59) * LANE_ROW_PX}px`);
    expect(lanes()[0]!.getAttribute('aria-setsize')).toBe('1000');
    expect(screen.getByText('1,000 partitions: scroll for more')).not.toBeNull();
  });

  it('renders the lanes around where it is scrolled to, down to partition 999', () => {
    const { container } = render(<LaneList topic="clicks" partitions={1000} report={thousand} />);
    const box = container.querySelector<HTMLElement>('.node-scroll')!;
    box.scrollTop = 500 * LANE_ROW_PX;
    fireEvent.scroll(box);
    expect(ids()[0]).toBe(492);
    expect(ids()).toContain(500);
    expect(ids()).not.toContain(0);
    const list = screen.getByRole('list', { name: 'Partitions of clicks' });
    expect(list.style.paddingTop).toBe(`${492 * LANE_ROW_PX}px`);

    box.scrollTop = 1000 * LANE_ROW_PX - 144;
    fireEvent.scroll(box);
    expect(ids().at(-1)).toBe(999);
    const last = lanes().at(-1)!;
    expect(last.getAttribute('aria-posinset')).toBe('1000');
    expect(last.title).toBe(
      'clicks-999: log-end offset 9,990, log start 0; owned by store-1; database committed 0 (lag 9,990)' +
        '; replicas: broker 1 (leader) LEO 9,990, in ISR; high watermark 9,990: the offset up to which all in-sync' +
        ' replicas have the records; consumers read only below it. Click to see the records.',
    );
  });

  it('keeps the keys that scroll it from the node around it, which React Flow would move with them', () => {
    const keys: string[] = [];
    const { container } = render(
      <div onKeyDown={(e) => keys.push(e.key)}>
        <LaneList topic="clicks" partitions={1000} report={thousand} />
      </div>,
    );
    const box = container.querySelector<HTMLElement>('.node-scroll')!;
    expect(box.tabIndex).toBe(0);
    for (const key of ['ArrowDown', 'PageDown', 'End', ' ', 'Delete']) fireEvent.keyDown(box, { key });
    // Space plays and pauses wherever the focus is.
    expect(keys).toEqual([' ', 'Delete']);
  });
});
