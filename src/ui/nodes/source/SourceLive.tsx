import { formatCount } from '../../format';
import './loadProfile.css';
import { producerDetails } from '../shared/deliveryFigures';
import { FaultButton } from '../shared/FaultButton';
import { Figures } from '../shared/Figures';
import { producerLatency } from '../shared/latencyFigures';
import { LiveSection } from '../shared/LiveSection';
import { useSourceReport } from '../shared/useDocNode';

/** What became of this producer's records, and a pause to see what stops when it does. */
export function SourceLive({ nodeId }: { nodeId: string }) {
  const live = useSourceReport(nodeId);
  return (
    <LiveSection title="Delivery">
      {live?.targetRate !== undefined && (
        <p className="source-live__target">
          Load profile asks for <strong>{formatCount(Math.round(live.targetRate))} records/s</strong> now
        </p>
      )}
      {live ? (
        <>
          <Figures figures={producerDetails(live)} label="Delivery" />
          <h4 className="live-section__sub">Latency</h4>
          <Figures figures={producerLatency(live)} label="Latency" />
        </>
      ) : (
        <p className="live-section__idle">Press Play to see what becomes of this producer’s records.</p>
      )}
      <div className="live-section__actions">
        {live?.paused ? (
          <FaultButton
            fault={{ type: 'source-resume', node: nodeId }}
            label="Resume source"
            title="The producer sends again at its configured rate"
          />
        ) : (
          <FaultButton
            fault={{ type: 'source-pause', node: nodeId }}
            label="Pause source"
            title="The producer stops sending until resumed; consumers drain what is there"
          />
        )}
        <FaultButton
          fault={{ type: 'source-poison', node: nodeId }}
          label="Send a poison record"
          title="The next record cannot be deserialized: a consumer stops at it unless its group has a dead-letter topic"
        />
      </div>
    </LiveSection>
  );
}
