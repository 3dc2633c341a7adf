import { topicConfigSchema } from '../../../engine';
import type { FormModel } from '../formModel';

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
        },
        {
          type: 'number',
          path: 'replicationFactor',
          label: 'Replication factor',
          kafka: '--replication-factor',
          hint: 'copies of each partition on different brokers',
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
