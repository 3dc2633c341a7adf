import { sinkConfigSchema } from '../../../engine';
import type { FormModel } from '../formModel';
import {
  commitsSection,
  groupSection,
  fetchingSection,
  pollingSection,
  subscriptionSection,
  timeoutsSection,
} from './consumerFields';

export const sinkForm: FormModel = {
  defaults: sinkConfigSchema.parse(undefined),
  sections: [
    groupSection,
    subscriptionSection,
    commitsSection,
    pollingSection,
    fetchingSection,
    timeoutsSection,
  ],
};
