import type { PipelineDocument } from '../../engine';
import { useFranz } from '../../store/store';
import { BrokerList } from './BrokerList';
import { updateCluster } from './clusterEdit';
import { ConfigForm } from './ConfigForm';
import { FaultSchedule } from './FaultSchedule';
import { clusterForm } from './models/cluster';
import { useFormSubmit } from './useFormSubmit';

const readCluster = (doc: PipelineDocument) => doc.cluster;

/** The cluster: what the inspector edits when no node is selected. Its brokers, settings and faults. */
export function ClusterForm() {
  const cluster = useFranz((s) => s.doc.cluster);
  const submit = useFormSubmit(clusterForm, readCluster, updateCluster);
  return (
    <>
      <ConfigForm
        model={clusterForm}
        config={cluster}
        submit={submit}
        lists={{ brokers: <BrokerList brokers={cluster.brokers} /> }}
      />
      <FaultSchedule />
    </>
  );
}
