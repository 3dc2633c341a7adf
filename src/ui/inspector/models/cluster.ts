import { clusterSchema } from '../../../engine';
import type { FormModel } from '../formModel';

/** The brokers and the broker settings the simulation follows (server.properties names). */
export const clusterForm: FormModel = {
  defaults: clusterSchema.parse(undefined),
  sections: [
    {
      title: 'Brokers',
      note: 'Bandwidth in MB/s: 125 is a 1 Gbit/s link. A rack spreads each partition’s replicas.',
      fields: [{ type: 'list', path: 'brokers', label: 'Brokers', kafka: 'node.id, broker.rack' }],
    },
    {
      title: 'Replication',
      advanced: true,
      note: 'How the controller and leaders react when a broker or follower falls behind.',
      fields: [
        {
          type: 'number',
          path: 'replicaLagTimeMaxMs',
          label: 'Replica lag time max',
          kafka: 'replica.lag.time.max.ms',
          unit: 'ms',
          step: 1000,
          hint: 'a follower not caught up for this long leaves the ISR',
        },
        {
          type: 'number',
          path: 'brokerSessionTimeoutMs',
          label: 'Broker session timeout',
          kafka: 'broker.session.timeout.ms',
          unit: 'ms',
          step: 1000,
          hint: 'the controller fences a broker silent for this long',
        },
        {
          type: 'checkbox',
          path: 'autoLeaderRebalanceEnable',
          label: 'Auto leader rebalance',
          kafka: 'auto.leader.rebalance.enable',
          hint: 'moves leadership back to each partition’s preferred replica',
        },
        {
          type: 'number',
          path: 'leaderImbalanceCheckIntervalMs',
          label: 'Leader imbalance check',
          kafka: 'leader.imbalance.check.interval.seconds',
          unit: 'ms',
          step: 1000,
          hint: 'in ms here; Kafka sets it in seconds',
          when: (c) => c.autoLeaderRebalanceEnable === true,
        },
      ],
    },
    {
      title: 'Groups and logs',
      advanced: true,
      fields: [
        {
          type: 'number',
          path: 'groupInitialRebalanceDelayMs',
          label: 'Initial rebalance delay',
          kafka: 'group.initial.rebalance.delay.ms',
          unit: 'ms',
          step: 500,
          hint: 'a new group waits this long for more members before its first rebalance',
        },
        {
          type: 'number',
          path: 'groupMinSessionTimeoutMs',
          label: 'Min session timeout',
          kafka: 'group.min.session.timeout.ms',
          unit: 'ms',
          step: 1000,
          hint: 'a consumer with a shorter session.timeout.ms is refused (INVALID_SESSION_TIMEOUT)',
        },
        {
          type: 'number',
          path: 'groupMaxSessionTimeoutMs',
          label: 'Max session timeout',
          kafka: 'group.max.session.timeout.ms',
          unit: 'ms',
          step: 60_000,
          hint: 'a consumer with a longer session.timeout.ms is refused (INVALID_SESSION_TIMEOUT)',
        },
        {
          type: 'number',
          path: 'logRetentionCheckIntervalMs',
          label: 'Retention check interval',
          kafka: 'log.retention.check.interval.ms',
          unit: 'ms',
          step: 1000,
          hint: 'how often brokers delete segments past retention',
        },
        {
          type: 'number',
          path: 'logCleanerBackoffMs',
          label: 'Log cleaner backoff',
          kafka: 'log.cleaner.backoff.ms',
          unit: 'ms',
          step: 1000,
          hint: 'how often the cleaner looks for compacted logs to clean',
        },
      ],
    },
  ],
};
