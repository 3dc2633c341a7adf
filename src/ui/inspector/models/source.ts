import { sourceConfigSchema } from '../../../engine';
import type { Config, FormModel } from '../formModel';
import { loadProfileFields, rateOff } from './loadProfileFields';
import { clientMachineSection, compressionSection } from './clientMachine';
import { batchingSection, deliverySection, partitioningSection } from './producerFields';

const typeOf = (c: Config, key: string) => (c[key] as { type?: string } | undefined)?.type;

export const sourceForm: FormModel = {
  defaults: sourceConfigSchema.parse(undefined),
  sections: [
    {
      title: 'Load',
      note: 'What the producer application sends: simulated, not a Kafka setting.',
      fields: [
        {
          type: 'number',
          path: 'rate',
          label: 'Rate',
          unit: 'records/s',
          step: 10,
          off: rateOff,
        },
        ...loadProfileFields,
        {
          type: 'select',
          path: 'arrival',
          label: 'Arrivals',
          hint: 'constant: evenly spaced; Poisson: random gaps, same average; bursty: on, then off',
          options: [
            { value: 'constant', label: 'constant' },
            { value: 'poisson', label: 'Poisson' },
            { value: 'bursty', label: 'bursty' },
          ],
        },
        {
          type: 'number',
          path: 'burstOnMs',
          label: 'Burst length',
          unit: 'ms',
          step: 100,
          hint: 'sends at the rate for this long…',
          when: (c) => c.arrival === 'bursty',
        },
        {
          type: 'number',
          path: 'burstOffMs',
          label: 'Pause between bursts',
          unit: 'ms',
          step: 100,
          hint: '…then sends nothing for this long',
          when: (c) => c.arrival === 'bursty',
        },
      ],
    },
    {
      title: 'Records',
      fields: [
        {
          type: 'select',
          path: 'recordSize.type',
          label: 'Record size',
          defaultText: 'default fixed, 100 bytes',
          options: [
            { value: 'fixed', label: 'fixed' },
            { value: 'uniform', label: 'uniform' },
          ],
        },
        {
          type: 'number',
          path: 'recordSize.bytes',
          label: 'Bytes per record',
          unit: 'bytes',
          step: 10,
          when: (c) => typeOf(c, 'recordSize') === 'fixed',
        },
        {
          type: 'number',
          path: 'recordSize.min',
          label: 'Min size',
          unit: 'bytes',
          step: 10,
          when: (c) => typeOf(c, 'recordSize') === 'uniform',
        },
        {
          type: 'number',
          path: 'recordSize.max',
          label: 'Max size',
          unit: 'bytes',
          step: 10,
          when: (c) => typeOf(c, 'recordSize') === 'uniform',
        },
      ],
    },
    compressionSection,
    {
      title: 'Keys',
      note: 'Records with the same key go to the same partition, in order.',
      fields: [
        {
          type: 'select',
          path: 'keys.type',
          label: 'Keys',
          defaultText: 'default none',
          hint: 'uniform: every key equally often; Zipf: a few hot keys',
          options: [
            { value: 'none', label: 'none' },
            { value: 'uniform', label: 'uniform' },
            { value: 'zipf', label: 'Zipf' },
            { value: 'list', label: 'a list' },
          ],
        },
        {
          type: 'number',
          path: 'keys.count',
          label: 'Distinct keys',
          unit: 'keys',
          step: 100,
          when: (c) => typeOf(c, 'keys') === 'uniform' || typeOf(c, 'keys') === 'zipf',
        },
        {
          type: 'number',
          path: 'keys.exponent',
          label: 'Zipf exponent',
          step: 0.1,
          defaultText: 'default 1',
          hint: 'higher: hotter hot keys',
          when: (c) => typeOf(c, 'keys') === 'zipf',
        },
        {
          type: 'lines',
          path: 'keys.values',
          label: 'Key list',
          hint: 'one key per line, each equally often',
          when: (c) => typeOf(c, 'keys') === 'list',
        },
        {
          type: 'number',
          path: 'tombstoneRatio',
          label: 'Tombstones',
          step: 0.05,
          hint: 'the share of records sent with a null value: a delete for compaction, 0 to 1',
          when: (c) => typeOf(c, 'keys') !== 'none',
        },
        {
          type: 'number',
          path: 'poisonShare',
          label: 'Poison records',
          step: 0.01,
          hint: 'the share of records no consumer can deserialize (RecordDeserializationException), 0 to 1',
        },
      ],
    },
    partitioningSection,
    deliverySection,
    batchingSection(true),
    clientMachineSection('The host the producer runs on: its requests cannot go faster than its link.'),
  ],
};
