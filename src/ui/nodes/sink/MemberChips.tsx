import { useMemo } from 'react';
import type { GroupReport } from '../../../engine';
import { memberChips, pendingSummary } from './memberChips';

/** The group's members, one chip each, coloured as the topic lanes they own. */
export function MemberChips({ group }: { group: GroupReport }) {
  const chips = useMemo(() => memberChips(group), [group]);
  const pending = pendingSummary(group);
  return (
    <>
      <ul className="chips" aria-label="Members">
        {chips.map((c) => (
          <li key={c.memberId} className={c.idle ? 'chip chip--idle' : 'chip'} title={c.title}>
            <span className="chip__dot" style={c.idle ? undefined : { background: c.colour }} />
            <span className="chip__name">{c.label}</span>
            <span className="chip__parts">{c.partitions}</span>
          </li>
        ))}
      </ul>
      {chips.length === 0 && <div className="fnode__muted">no members</div>}
      {pending && <div className="fnode__muted">{pending}</div>}
    </>
  );
}
