import { useFranz } from '../../store/store';
import { ClusterPanels } from './ClusterPanels';
import './cluster.css';

/**
 * The brokers behind the pipeline, live: where each partition's leader and followers are, who is in
 * sync, and the controller's elections. Killing a broker here shows Kafka's failover as it happens.
 */
export function ClusterView() {
  const report = useFranz((s) => s.sim.report);
  // Just opened, the report may still be the canvas's, trimmed (protocol/viewNeed.ts): the whole one follows at once.
  const whole = useFranz((s) => s.sim.whole);
  return (
    <section className="cluster" aria-label="Cluster">
      {!report ? (
        <p className="cluster__empty">Press Play to see the brokers, their partitions and the controller.</p>
      ) : whole ? (
        <ClusterPanels report={report} />
      ) : (
        <p className="cluster__empty">Measuring…</p>
      )}
    </section>
  );
}
