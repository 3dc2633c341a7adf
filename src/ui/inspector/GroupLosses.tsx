import type { GroupReport } from '../../engine';
import { formatCount } from '../format';

/**
 * Records the group could not read, said where it happens: a partition stopped at a record its consumer cannot
 * deserialize (its lag grows there), what went to the dead-letter topic, and what retention deleted before the
 * group got to it. Nothing shows for a group that met none of these.
 */
export function GroupLosses({ group }: { group: GroupReport }) {
  const stopped = group.stoppedAt ?? [];
  const poison = group.poisonRecords;
  const lost = group.recordsLostToRetention;
  if (poison === undefined && lost === undefined) return null;
  return (
    <div className="group-losses">
      {stopped.map((s) => (
        <p key={`${s.topic}-${s.partition}`} className="group-losses__stopped" role="status">
          {s.topic}-{s.partition} stopped at offset {s.offset.toLocaleString('en-US')}: {s.error}. Its lag
          grows until the record goes to a dead-letter topic.
        </p>
      ))}
      {poison !== undefined && (
        <p className="group-losses__line">
          Poison records {formatCount(poison)} · dead-lettered {formatCount(group.deadLettered ?? 0)}
        </p>
      )}
      {lost !== undefined && (
        <p
          className="group-losses__line"
          title="its position fell below the log start offset: OFFSET_OUT_OF_RANGE, reset by auto.offset.reset"
        >
          Lost to retention {formatCount(lost)} records, deleted before the group read them
        </p>
      )}
    </div>
  );
}
