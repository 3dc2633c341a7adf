// A sink of three hundred consumers on the canvas: its chips scroll in a box of their own and only those in
// view are rendered.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { group, member } from '../../reports.testing';
import { CHIP_ROW_PX, MemberChips } from './MemberChips';

const groupOf = (count: number) =>
  group({
    node: 'store',
    groupId: 'store',
    members: Array.from({ length: count }, (_, i) => member(`store-${i + 1}`, { clicks: [i] })),
  });

const labels = () =>
  screen.getAllByRole('listitem').map((li) => li.querySelector('.chip__name')!.textContent);

describe('the member chips of a sink', () => {
  it('shows a few members whole, with no scroll box', () => {
    const { container } = render(<MemberChips group={groupOf(8)} />);
    expect(labels()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(container.querySelector('.node-scroll')).toBeNull();
  });

  it('renders the chips in view of three hundred, down to the last as it scrolls', () => {
    const { container } = render(<MemberChips group={groupOf(300)} />);
    const box = container.querySelector<HTMLElement>('.node-scroll')!;
    expect(box.style.height).toBe('216px');
    expect([...box.classList]).toEqual(['node-scroll', 'nowheel', 'nodrag']);
    // No layout in the test: a 600 px view of 18 px chips is 35 chips, and 8 more below.
    expect(labels()).toHaveLength(43);
    expect(screen.getByText('300 members: scroll for more')).not.toBeNull();

    box.scrollTop = 300 * CHIP_ROW_PX - 216;
    fireEvent.scroll(box);
    expect(labels().at(-1)).toBe('300');
    expect(labels()[0]).toBe(String(288 - 8 + 1));
    const last = screen.getAllByRole('listitem').at(-1)!;
    expect(last.getAttribute('aria-posinset')).toBe('300');
    expect(last.title).toBe('store-300: clicks-299');
  });
});
