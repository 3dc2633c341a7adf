import type { SimulationReport } from '../../engine';
import { BrokerGrid } from './BrokerGrid';
import { ControllerPanel } from './ControllerPanel';
import { PartitionsTable } from './PartitionsTable';

/** The cluster as one report tells it: the controller, the brokers, the partitions. */
export function ClusterPanels({ report }: { report: SimulationReport }) {
  return (
    <>
      <ControllerPanel report={report} />
      <BrokerGrid report={report} />
      <PartitionsTable report={report} />
    </>
  );
}
