import { topicConfigSchema } from '../../../engine';
import type { Config, FormModel } from '../formModel';

const compacted = (c: Config) => c.cleanupPolicy === 'compact';

export const topicForm: FormModel = {
  defaults: topicConfigSchema.parse(undefined),
  sections: [
    {
      title: 'Partitions',
      fields: [
        {
          type: 'number',
          path: 'partitions',
          label: 'Partitions',
          kafka: '--partitions',
          hint: 'can grow, never shrink',
          applyOnCommit: true,
        },
      ],
    },
    {
      title: 'Replication',
      fields: [
        {
          type: 'number',
          path: 'replicationFactor',
          label: 'Replication factor',
          kafka: '--replication-factor',
          hint: 'copies of each partition on different brokers; at most the broker count',
        },
        {
          type: 'number',
          path: 'minInsyncReplicas',
          label: 'Min in-sync replicas',
          kafka: 'min.insync.replicas',
          unit: 'replicas',
          hint: 'an acks=all write needs this many in the ISR; capped by the replication factor',
        },
        {
          type: 'checkbox',
          path: 'uncleanLeaderElectionEnable',
          label: 'Unclean leader election',
          kafka: 'unclean.leader.election.enable',
          hint: 'with no in-sync replica left, elect one that may have lost records',
        },
      ],
    },
    {
      title: 'Compression',
      fields: [
        {
          type: 'select',
          path: 'compressionType',
          label: 'Compression',
          kafka: 'compression.type',
          hint: 'producer: stored as each producer sent it; another codec: the leader recompresses to it',
          options: [
            { value: 'producer', label: 'producer' },
            { value: 'uncompressed', label: 'uncompressed' },
            { value: 'gzip', label: 'gzip' },
            { value: 'snappy', label: 'snappy' },
            { value: 'lz4', label: 'lz4' },
            { value: 'zstd', label: 'zstd' },
          ],
        },
      ],
    },
    {
      title: 'Retention',
      fields: [
        {
          type: 'number',
          path: 'retentionMs',
          label: 'Retention time',
          kafka: 'retention.ms',
          unit: 'ms',
          step: 60_000,
          hint: '-1 keeps records forever',
        },
        {
          type: 'number',
          path: 'retentionBytes',
          label: 'Retention size',
          kafka: 'retention.bytes',
          unit: 'bytes',
          step: 1_048_576,
          hint: 'per partition; -1 for no limit',
        },
        {
          type: 'select',
          path: 'cleanupPolicy',
          label: 'Cleanup policy',
          kafka: 'cleanup.policy',
          hint: 'delete old segments, or compact: keep the latest record per key',
          options: [
            { value: 'delete', label: 'delete' },
            { value: 'compact', label: 'compact' },
          ],
        },
      ],
    },
    {
      // Shown only for a compacted topic: the form leaves out a section with nothing to show.
      title: 'Compaction',
      note: 'The log cleaner keeps the latest record of each key; a tombstone deletes the key.',
      fields: [
        {
          type: 'number',
          path: 'minCleanableDirtyRatio',
          label: 'Min cleanable dirty ratio',
          kafka: 'min.cleanable.dirty.ratio',
          step: 0.05,
          hint: 'the cleaner compacts once this share of the log is uncleaned, 0 to 1',
          when: compacted,
        },
        {
          type: 'number',
          path: 'minCompactionLagMs',
          label: 'Min compaction lag',
          kafka: 'min.compaction.lag.ms',
          unit: 'ms',
          step: 1000,
          hint: 'a record stays uncompacted at least this long',
          when: compacted,
        },
        {
          type: 'number',
          path: 'deleteRetentionMs',
          label: 'Tombstone retention',
          kafka: 'delete.retention.ms',
          unit: 'ms',
          step: 60_000,
          hint: 'how long a tombstone outlives cleaning, so consumers see the delete',
          when: compacted,
        },
      ],
    },
    {
      title: 'Segments',
      advanced: true,
      note: 'Retention deletes whole segments, never the active one.',
      fields: [
        {
          type: 'number',
          path: 'segmentBytes',
          label: 'Segment size',
          kafka: 'segment.bytes',
          unit: 'bytes',
          step: 1_048_576,
        },
        {
          type: 'number',
          path: 'maxMessageBytes',
          label: 'Max message size',
          kafka: 'max.message.bytes',
          unit: 'bytes',
          step: 1024,
          hint: 'the largest record batch the leader accepts (MESSAGE_TOO_LARGE above it)',
        },
        {
          type: 'number',
          path: 'segmentMs',
          label: 'Segment roll time',
          kafka: 'segment.ms',
          unit: 'ms',
          step: 60_000,
        },
      ],
    },
  ],
};
