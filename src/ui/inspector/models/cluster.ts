import { clusterSchema } from '../../../engine';
import type { FormModel } from '../formModel';

/** The broker settings the simulation follows (server.properties names). */
export const clusterForm: FormModel = {
  defaults: clusterSchema.parse(undefined),
  sections: [
    {
      title: 'Cluster',
      note: 'Broker settings, for every topic and group.',
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
          path: 'logRetentionCheckIntervalMs',
          label: 'Retention check interval',
          kafka: 'log.retention.check.interval.ms',
          unit: 'ms',
          step: 1000,
          hint: 'how often brokers delete segments past retention',
        },
      ],
    },
  ],
};
