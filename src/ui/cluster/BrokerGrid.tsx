import { useMemo } from 'react';
import type { SimulationReport } from '../../engine';
import { BrokerCard } from './BrokerCard';
import { ReplicaLegend } from './ReplicaLegend';
import { replicasByBroker, replicasOf } from './replicaChips';

/** One card per broker, and the key to their replica chips. */
export function BrokerGrid({ report }: { report: SimulationReport }) {
  const chips = useMemo(() => replicasByBroker(report), [report]);
  return (
    <div className="cluster__brokers-block">
      <div className="cluster__brokers">
        {report.brokers.map((broker) => (
          <BrokerCard key={broker.id} broker={broker} replicas={replicasOf(chips, broker.id)} />
        ))}
      </div>
      <ReplicaLegend />
    </div>
  );
}
