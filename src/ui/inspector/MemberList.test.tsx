// A group of a thousand consumers in the inspector: the member list renders the rows in view only, every
// member reachable by scrolling, each row with its own buttons.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { group, member, report } from '../reports.testing';
import { renderWithSim, setSim } from '../render.testing';
import { GroupLive } from './GroupLive';
import { MEMBER_ROW_PX } from './MemberList';

const pad = (i: number) => String(i).padStart(3, '0');
/** A group of `count` members, member i owning partitions 4i..4i+3 of "clicks" while there are enough. */
const groupOf = (count: number) =>
  report({
    groups: [
      group({
        node: 'store',
        groupId: 'store',
        members: Array.from({ length: count }, (_, i) =>
          member(`store-${pad(i)}`, { clicks: i < 250 ? [4 * i, 4 * i + 1, 4 * i + 2, 4 * i + 3] : [] }),
        ),
        pendingMembers: [{ clientId: 'store-joining', status: 'joining' }],
      }),
    ],
  });

const rows = () => within(screen.getByRole('list')).getAllByRole('listitem');
const names = () => rows().map((li) => li.getAttribute('aria-label'));

describe('the member list of a consumer group', () => {
  it('lists a few members whole, without a scroll box of its own', () => {
    const { container } = renderWithSim(<GroupLive nodeId="store" processingRate={null} />);
    setSim({ status: 'live', report: groupOf(3) });
    expect(names()).toEqual(['store-000', 'store-001', 'store-002', 'store-joining']);
    expect(container.querySelector('.group-live__scroll')).toBeNull();
  });

  it('renders only the members in view of a thousand, and says which of how many each is', () => {
    renderWithSim(<GroupLive nodeId="store" processingRate={null} />);
    setSim({ status: 'live', report: groupOf(1000) });
    expect(screen.getByRole('heading', { name: 'Members 1000' })).not.toBeNull();
    // No layout in the test: a 600 px view of 48 px rows is 14 rows, and 8 more below.
    expect(names()).toEqual(Array.from({ length: 22 }, (_, i) => `store-${pad(i)}`));
    expect(rows()[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(rows()[0]!.getAttribute('aria-setsize')).toBe('1001');
    const list = screen.getByRole('list', { name: 'Members' });
    expect(list.style.paddingBottom).toBe(`${(1001 - 22) * MEMBER_ROW_PX}px`);
    const first = within(rows()[0]!);
    expect(first.getByText('clicks 0, 1, 2, 3').title).toBe('clicks 0, 1, 2, 3');
  });

  it('scrolls to the last member and the consumer waiting to join, with their buttons', async () => {
    const { user, calls } = renderWithSim(<GroupLive nodeId="store" processingRate={null} />);
    setSim({ status: 'live', report: groupOf(1000) });
    const box = screen.getByRole('list', { name: 'Members' }).parentElement!;
    box.scrollTop = 500 * MEMBER_ROW_PX;
    fireEvent.scroll(box);
    expect(names()[0]).toBe('store-492');
    expect(names()).toContain('store-500');
    expect(names()).not.toContain('store-000');

    box.scrollTop = 1001 * MEMBER_ROW_PX - 400;
    fireEvent.scroll(box);
    expect(names().slice(-2)).toEqual(['store-999', 'store-joining']);
    expect(rows().at(-2)!.getAttribute('aria-posinset')).toBe('1000');
    expect(within(rows().at(-2)!).getByText('idle: no partitions')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Slow store-999' }));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/^fault \{"type":"consumer-slow","node":"store","clientId":"store-999",/);
  });
});
