import { consumerDetails } from '../shared/deliveryFigures';
import { Figures } from '../shared/Figures';
import { endToEndLatency } from '../shared/latencyFigures';
import { LiveSection } from '../shared/LiveSection';
import { useGroupReport } from '../shared/useDocNode';

/**
 * Records seen twice, out of order, processed twice or never: what the group's commits cost. Each member is
 * slowed or crashed on its own row in the consumer group below.
 */
export function SinkLive({ nodeId }: { nodeId: string }) {
  const group = useGroupReport(nodeId);
  return (
    <LiveSection title="Delivery" faults={false}>
      {group && (
        <>
          <Figures figures={consumerDetails(group)} label="Delivery" />
          <h4 className="live-section__sub">End-to-end latency</h4>
          <Figures figures={endToEndLatency(group)} label="End-to-end latency" />
        </>
      )}
    </LiveSection>
  );
}
