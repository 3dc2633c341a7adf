import { useMemo } from 'react';
import type { GroupReport } from '../../../engine';
import { formatCount } from '../../format';
import { useVirtualRows } from '../../virtual/useVirtualRows';
import { NodeScrollBox } from '../shared/NodeScrollBox';
import { memberChips, pendingSummary, type MemberChip } from './memberChips';

/** Chips in view at once: a group of more members scrolls them in a box this many chips high. */
export const MAX_CHIPS = 12;
/** A chip's pitch in the scrolling list: 16 px of chip and 2 px apart (nodes.css, .chips--scroll). */
export const CHIP_ROW_PX = 18;

/**
 * The group's members, one chip each, coloured as the topic lanes they own. Past MAX_CHIPS the chips scroll
 * in a box of their own (NodeScrollBox: the wheel scrolls it, not the canvas) that renders only those in view.
 */
export function MemberChips({ group }: { group: GroupReport }) {
  const chips = useMemo(() => memberChips(group), [group]);
  const pending = pendingSummary(group);
  return (
    <>
      {chips.length > MAX_CHIPS ? (
        <ScrollingChips chips={chips} />
      ) : (
        <ul className="chips" aria-label="Members">
          {chips.map((c) => (
            <Chip key={c.memberId} chip={c} />
          ))}
        </ul>
      )}
      {chips.length === 0 && <div className="fnode__muted">no members</div>}
      {pending && <div className="fnode__muted">{pending}</div>}
    </>
  );
}

function ScrollingChips({ chips }: { chips: readonly MemberChip[] }) {
  const { ref, onScroll, range } = useVirtualRows<HTMLDivElement>(chips.length, CHIP_ROW_PX);
  return (
    <>
      <NodeScrollBox ref={ref} onScroll={onScroll} height={MAX_CHIPS * CHIP_ROW_PX}>
        <ul
          className="chips chips--scroll"
          aria-label="Members"
          style={{ paddingTop: range.padTop, paddingBottom: range.padBottom }}
        >
          {chips.slice(range.first, range.end).map((c, i) => (
            <Chip key={c.memberId} chip={c} position={range.first + i + 1} setSize={chips.length} />
          ))}
        </ul>
      </NodeScrollBox>
      <div className="fnode__muted">{formatCount(chips.length)} members: scroll for more</div>
    </>
  );
}

function Chip({ chip, position, setSize }: { chip: MemberChip; position?: number; setSize?: number }) {
  return (
    <li
      className={chip.idle ? 'chip chip--idle' : 'chip'}
      title={chip.title}
      aria-posinset={position}
      aria-setsize={setSize}
    >
      <span className="chip__dot" style={chip.idle ? undefined : { background: chip.colour }} />
      <span className="chip__name">{chip.label}</span>
      <span className="chip__parts">{chip.partitions}</span>
    </li>
  );
}
