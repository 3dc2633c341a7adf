import type { ReactNode } from 'react';
import type { GroupReport } from '../../engine';
import { memberColour } from '../theme/colours';
import { useVirtualRows } from '../virtual/useVirtualRows';
import type { MemberLine } from './groupLive';
import { MemberActions } from './MemberActions';

/** Past this many members (and consumers waiting to join) the list scrolls on its own and renders only those in view. */
export const VIRTUAL_FROM_MEMBERS = 100;
/** A member's height when virtual (inspector.css, .group-live__members--virtual): every row the same. */
export const MEMBER_ROW_PX = 48;

interface MemberListProps {
  nodeId: string;
  group: GroupReport;
  members: readonly MemberLine[];
  processingRate: number | null;
}

type Row = { kind: 'member'; line: MemberLine } | { kind: 'pending'; clientId: string; status: string };

/**
 * The group's members and the consumers waiting to join, one row each. A thousand consumers scroll in a box
 * of their own that renders the rows in view only; each row says which of how many it is (aria-posinset).
 */
export function MemberList({ nodeId, group, members, processingRate }: MemberListProps) {
  const rows: Row[] = [
    ...members.map((line): Row => ({ kind: 'member', line })),
    ...group.pendingMembers.map((m): Row => ({ kind: 'pending', clientId: m.clientId, status: m.status })),
  ];
  const row = (r: Row, position?: number) => (
    <MemberRow
      key={r.kind === 'member' ? r.line.clientId : r.clientId}
      row={r}
      nodeId={nodeId}
      group={group}
      processingRate={processingRate}
      position={position}
      setSize={position === undefined ? undefined : rows.length}
    />
  );
  if (rows.length <= VIRTUAL_FROM_MEMBERS)
    return <ul className="group-live__members">{rows.map((r) => row(r))}</ul>;
  return <VirtualMembers rows={rows} row={row} />;
}

function VirtualMembers({
  rows,
  row,
}: {
  rows: readonly Row[];
  row: (r: Row, position: number) => ReactNode;
}) {
  const { ref, onScroll, range } = useVirtualRows<HTMLDivElement>(rows.length, MEMBER_ROW_PX);
  return (
    <div className="group-live__scroll" ref={ref} onScroll={onScroll}>
      <ul
        className="group-live__members group-live__members--virtual"
        aria-label="Members"
        style={{ paddingTop: range.padTop, paddingBottom: range.padBottom }}
      >
        {rows.slice(range.first, range.end).map((r, i) => row(r, range.first + i + 1))}
      </ul>
    </div>
  );
}

interface MemberRowProps {
  row: Row;
  nodeId: string;
  group: GroupReport;
  processingRate: number | null;
  /** In a virtual list: its place (from 1) and how many there are. */
  position?: number;
  setSize?: number;
}

function MemberRow({ row, nodeId, group, processingRate, position, setSize }: MemberRowProps) {
  if (row.kind === 'pending')
    return (
      <li
        className="member member--pending"
        aria-label={row.clientId}
        aria-posinset={position}
        aria-setsize={setSize}
      >
        <span className="member__dot" aria-hidden="true" />
        <span className="member__id">{row.clientId}</span>
        <span className="member__partitions">{row.status}</span>
      </li>
    );
  const m = row.line;
  const partitions = m.idle ? 'idle: no partitions' : m.partitions || 'waiting for an assignment';
  return (
    <li
      className={m.crashed ? 'member member--crashed' : m.idle ? 'member member--idle' : 'member'}
      aria-label={m.clientId}
      aria-posinset={position}
      aria-setsize={setSize}
    >
      <span
        className="member__dot"
        aria-hidden="true"
        style={{ background: m.idle || m.crashed ? undefined : memberColour(nodeId, m.index) }}
      />
      {/* The group id is the sink's own: "consumer-1" as on the canvas's chips, the whole client.id on hover. */}
      <span className="member__id" title={m.clientId}>
        {m.clientId.startsWith(`${group.groupId}-`) ? m.clientId.slice(group.groupId.length + 1) : m.clientId}
      </span>
      {!m.crashed && (
        <MemberActions
          nodeId={nodeId}
          clientId={m.clientId}
          slowedTo={m.slowedTo}
          processingRate={processingRate}
          group={group}
        />
      )}
      {/* In a virtual list a row is one height, so a long assignment is cut short: whole in its tooltip. */}
      <span className="member__partitions" title={position === undefined ? undefined : partitions}>
        {partitions}
      </span>
      {m.note && (
        <span className={m.crashed ? 'member__note member__note--crashed' : 'member__note'}>{m.note}</span>
      )}
    </li>
  );
}
