import { useFranz } from '../../store/store';
import { ClusterPanels } from './ClusterPanels';
import './cluster.css';

/**
 * The brokers behind the pipeline, live: where each partition's leader and followers are, who is in
 * sync, and the controller's elections. Killing a broker here shows Kafka's failover as it happens.
 */
export function ClusterView() {
  const report = useFranz((s) => s.sim.report);
  return (
    <section className="cluster" aria-label="Cluster">
      {report ? (
        <ClusterPanels report={report} />
      ) : (
        <p className="cluster__empty">Press Play to see the brokers, their partitions and the controller.</p>
      )}
    </section>
  );
}
