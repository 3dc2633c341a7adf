import { ConsumerActions } from './ConsumerActions';
import { GroupLive } from './GroupLive';

interface ConsumerGroupPanelProps {
  nodeId: string;
  groupId: string;
  consumers: number;
  sessionTimeoutMs: number;
  processingRate: number | null;
}

/** The live side of a sink or processor: its consumer group now, and consumers to add, remove or crash. */
export function ConsumerGroupPanel({
  nodeId,
  groupId,
  consumers,
  sessionTimeoutMs,
  processingRate,
}: ConsumerGroupPanelProps) {
  return (
    <section className="config-section config-section--live">
      <h3 className="config-section__title">
        Consumer group <code className="config-section__code">{groupId}</code>
      </h3>
      <GroupLive nodeId={nodeId} processingRate={processingRate} />
      <ConsumerActions nodeId={nodeId} consumers={consumers} sessionTimeoutMs={sessionTimeoutMs} />
    </section>
  );
}
