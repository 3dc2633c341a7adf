import { consumerDetails, producerFigures } from '../shared/deliveryFigures';
import { FaultButton } from '../shared/FaultButton';
import { Figures } from '../shared/Figures';
import { endToEndLatency } from '../shared/latencyFigures';
import { LiveSection } from '../shared/LiveSection';
import { useGroupReport, useProcessorReport } from '../shared/useDocNode';

/** Both sides of a processor's delivery, and a kill to see its partitions wait until it restarts. */
export function ProcessorLive({ nodeId }: { nodeId: string }) {
  const group = useGroupReport(nodeId);
  const live = useProcessorReport(nodeId);
  return (
    <LiveSection title="Delivery">
      {group && (
        <>
          <h4 className="live-section__sub">Consumed</h4>
          <Figures figures={consumerDetails(group)} label="Consumed" />
          <h4 className="live-section__sub">End-to-end latency</h4>
          <Figures figures={endToEndLatency(group)} label="End-to-end latency" />
        </>
      )}
      {live && (
        <>
          <h4 className="live-section__sub">Produced</h4>
          <Figures figures={producerFigures(live)} label="Produced" />
        </>
      )}
      <div className="live-section__actions">
        {live?.killed ? (
          <FaultButton
            fault={{ type: 'processor-restart', node: nodeId }}
            label="Restart processor"
            title="Its consumers start again and rejoin the group; its producer sends again"
          />
        ) : (
          <FaultButton
            fault={{ type: 'processor-kill', node: nodeId }}
            label="Kill processor"
            title="Every consumer dies without leaving the group and its producer stops"
            danger
          />
        )}
      </div>
    </LiveSection>
  );
}
