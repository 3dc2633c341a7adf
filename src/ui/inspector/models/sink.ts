import { sinkConfigSchema } from '../../../engine';
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
import { clientMachineSection } from './clientMachine';

export const sinkForm: FormModel = {
  defaults: sinkConfigSchema.parse(undefined),
  sections: [
    groupSection,
    subscriptionSection,
    commitsSection,
    deadLetterSection,
    pollingSection,
    fetchingSection,
    timeoutsSection,
    clientMachineSection('The host the consumers run on: their fetches cannot bring more than its link.'),
  ],
};
