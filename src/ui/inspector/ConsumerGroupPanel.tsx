import type { CommitMode } from '../../engine';
import { ConsumerActions } from './ConsumerActions';
import { GroupLags } from './GroupLags';
import { GroupLive } from './GroupLive';

interface ConsumerGroupPanelProps {
  nodeId: string;
  groupId: string;
  consumers: number;
  sessionTimeoutMs: number;
  processingRate: number | null;
  /** How the group commits: the two lags differ by what the last commit left behind. */
  commits?: { commitMode?: CommitMode | undefined; enableAutoCommit: boolean; autoCommitIntervalMs: number };
}

/** The live side of a sink or processor: its consumer group now, and consumers to add, remove or crash. */
export function ConsumerGroupPanel({
  nodeId,
  groupId,
  consumers,
  sessionTimeoutMs,
  processingRate,
  commits = { enableAutoCommit: true, autoCommitIntervalMs: 5000 },
}: ConsumerGroupPanelProps) {
  return (
    <section className="config-section config-section--live">
      <h3 className="config-section__title">
        Consumer group <code className="config-section__code">{groupId}</code>
      </h3>
      <GroupLive nodeId={nodeId} processingRate={processingRate} />
      <GroupLags nodeId={nodeId} config={commits} />
      <ConsumerActions nodeId={nodeId} consumers={consumers} sessionTimeoutMs={sessionTimeoutMs} />
    </section>
  );
}
