import { formatCount } from '../../format';
import { consumerFigures } from '../shared/deliveryFigures';
import { FaultButton } from '../shared/FaultButton';
import { Figures } from '../shared/Figures';
import { LiveSection } from '../shared/LiveSection';
import { useGroupReport } from '../shared/useDocNode';
import { slowRate } from './slowRate';

interface SinkLiveProps {
  nodeId: string;
  processingRate: number | null;
}

/** Records seen twice or out of order, and one slow consumer to watch lag pile up on its partitions. */
export function SinkLive({ nodeId, processingRate }: SinkLiveProps) {
  const group = useGroupReport(nodeId);
  const slow = slowRate(processingRate, group);
  return (
    <LiveSection title="Delivery">
      {group && <Figures figures={consumerFigures(group)} label="Delivery" />}
      <div className="live-section__actions">
        <FaultButton
          fault={{ type: 'consumer-slow', node: nodeId, processingRate: slow }}
          label="Slow a consumer"
          title={`One consumer processes ${formatCount(slow)} records/s, a tenth of its pace: lag grows on its partitions`}
        />
        <FaultButton
          fault={{ type: 'consumer-slow', node: nodeId, processingRate: null }}
          label="Restore consumer speed"
          title="The consumer processes at the configured rate again"
        />
      </div>
    </LiveSection>
  );
}
