import { processorConfigSchema } from '../../../engine';
import type { FormModel } from '../formModel';
import {
  commitsSection,
  deadLetterSection,
  groupSection,
  fetchingSection,
  pollingSection,
  subscriptionSection,
  timeoutsSection,
} from './consumerFields';
import { clientMachineSection, compressionSection } from './clientMachine';
import { batchingSection, deliverySection, partitioningSection } from './producerFields';

/** A processor is a consumer group and a producer in one application: both sets of settings. */
export const processorForm: FormModel = {
  defaults: processorConfigSchema.parse(undefined),
  sections: [
    groupSection,
    {
      title: 'Processing',
      note: 'What each input record becomes: simulated, not a Kafka setting.',
      fields: [
        {
          type: 'number',
          path: 'filterRatio',
          label: 'Filter ratio',
          step: 0.1,
          hint: 'the share of input records that pass, 0 to 1',
        },
        {
          type: 'number',
          path: 'fanOut',
          label: 'Fan-out',
          unit: 'records',
          hint: 'records written to each output topic per passing record',
        },
      ],
    },
    compressionSection,
    subscriptionSection,
    commitsSection,
    deadLetterSection,
    partitioningSection,
    deliverySection,
    pollingSection,
    fetchingSection,
    timeoutsSection,
    batchingSection(false),
    clientMachineSection('The host the processor runs on: it reads and writes at up to its link each way.'),
  ],
};
