import type { PipelineDocument } from '../../engine';
import { useFranz } from '../../store/store';
import { updateCluster } from './clusterEdit';
import { ConfigForm } from './ConfigForm';
import { clusterForm } from './models/cluster';
import { useFormSubmit } from './useFormSubmit';

const readCluster = (doc: PipelineDocument) => doc.cluster;

/** The broker settings: what the inspector edits when no node is selected. */
export function ClusterForm() {
  const cluster = useFranz((s) => s.doc.cluster);
  const submit = useFormSubmit(clusterForm, readCluster, updateCluster);
  return <ConfigForm model={clusterForm} config={cluster} submit={submit} />;
}
