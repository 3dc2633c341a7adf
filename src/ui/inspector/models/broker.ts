import { brokerSchema } from '../../../engine';
import type { FormModel } from '../formModel';

/** One broker's row in the cluster's brokers list (node.id, broker.rack, and its bandwidth in MB/s). */
export const brokerForm: FormModel = {
  defaults: brokerSchema.parse({ id: 1 }),
  sections: [
    {
      title: 'Broker',
      fields: [
        { type: 'number', path: 'id', label: 'Id', kafka: 'node.id' },
        {
          type: 'text',
          path: 'rack',
          label: 'Rack',
          kafka: 'broker.rack',
          empty: { value: null, means: 'none' },
        },
        { type: 'number', path: 'networkInMBps', label: 'Net in', unit: 'MB/s', step: 25 },
        { type: 'number', path: 'networkOutMBps', label: 'Net out', unit: 'MB/s', step: 25 },
        { type: 'number', path: 'diskMBps', label: 'Disk', unit: 'MB/s', step: 50 },
        { type: 'number', path: 'diskGB', label: 'Disk size', unit: 'GB', step: 100 },
      ],
    },
  ],
};
