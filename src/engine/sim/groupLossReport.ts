// The report's fields for records a group could not read: poison pills (RecordDeserializationException, KIP-334),
// what went to its dead-letter topic, and what retention deleted before the group got to it (OFFSET_OUT_OF_RANGE,
// reset by auto.offset.reset). Each appears only once it means something, so reports of designs without them stay
// as they were.
import type { GroupRuntime } from './groupRuntime';
import type { StoppedPartition } from './poisonPills';

export interface GroupLossFields {
  /**
   * Records the group's consumers could not deserialize (each poison record once per time a consumer met it);
   * present when the group has a deadLetterTopic or met a poison record.
   */
  poisonRecords?: number;
  /** Poison records the consumers produced to the deadLetterTopic, then sought past; present with poisonRecords. */
  deadLettered?: number;
  /**
   * Where the group is stopped: per partition, the offset of the record it cannot deserialize ("stopped at offset N:
   * RecordDeserializationException"); its lag grows there. Present with poisonRecords.
   */
  stoppedAt?: StoppedPartition[];
  /**
   * Records retention deleted before the group read them: its position was below the log start offset and
   * auto.offset.reset moved it (earliest: to the log start; latest: to the high watermark, skipping the rest too).
   * Present once above 0.
   */
  recordsLostToRetention?: number;
}

export function groupLossFields(g: GroupRuntime): GroupLossFields {
  const pills = g.poisonPills;
  const poison = g.settings.deadLetterTopic !== null || pills.poisonRecords > 0;
  return {
    ...(poison && {
      poisonRecords: pills.poisonRecords,
      deadLettered: pills.deadLettered,
      stoppedAt: pills.stopped(),
    }),
    ...(g.recordsLostToRetention > 0 && { recordsLostToRetention: g.recordsLostToRetention }),
  };
}

/** A member's group.instance.id for the report: on every member of a group with static members, null if dynamic. */
export function instanceIdField(
  g: GroupRuntime,
  groupInstanceId: string | null,
): { groupInstanceId?: string | null } {
  const anyStatic = g.settings.staticMembership || g.members.some((m) => m.groupInstanceId !== null);
  return anyStatic ? { groupInstanceId } : {};
}
