import { useId } from 'react';
import type { BrokerReport } from '../../engine';
import { formatCount } from '../format';
import { BrokerActions } from './BrokerActions';
import { zombieNote } from './brokerStatus';
import { BrokerStatusBadge } from './BrokerStatusBadge';
import { ReplicaChips } from './ReplicaChips';
import type { TopicReplicas } from './replicaChips';
import { formatBytes } from './units';
import { UsageBar } from './UsageBar';

interface BrokerCardProps {
  broker: BrokerReport;
  replicas: readonly TopicReplicas[];
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** "6 leaders · 18 replicas · 12 MB stored". */
function facts(broker: BrokerReport): string {
  return [
    plural(broker.leaders, 'leader', 'leaders'),
    plural(broker.replicas, 'replica', 'replicas'),
    `${formatBytes(broker.storedBytes)} stored`,
  ].join(' · ');
}

/** One broker: its status, its load against capacity, the replicas it holds, and what can be done to it. */
export function BrokerCard({ broker, replicas }: BrokerCardProps) {
  const titleId = useId();
  const name = `Broker ${broker.id}`;
  const zombie = zombieNote(broker);
  return (
    <div role="group" aria-labelledby={titleId} className={`broker broker--${broker.status}`}>
      <header className="broker__head">
        <h3 className="broker__name" id={titleId}>
          {name}
        </h3>
        <BrokerStatusBadge status={broker.status} />
        {broker.rack !== null && <span className="broker__rack">rack {broker.rack}</span>}
      </header>
      <p className="broker__facts">{facts(broker)}</p>
      {zombie && <p className="broker__zombie">{zombie}</p>}
      <dl className="broker__usage">
        <UsageBar
          label="Network in"
          bytesPerSec={broker.networkInBytesPerSec}
          capacity={broker.networkInCapacity}
        />
        <UsageBar
          label="Network out"
          bytesPerSec={broker.networkOutBytesPerSec}
          capacity={broker.networkOutCapacity}
        />
        <UsageBar
          label="Disk write"
          bytesPerSec={broker.diskWriteBytesPerSec}
          capacity={broker.diskCapacity}
        />
      </dl>
      <ReplicaChips broker={broker.id} rows={replicas} />
      <BrokerActions broker={broker} />
    </div>
  );
}
