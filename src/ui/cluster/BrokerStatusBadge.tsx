import { BROKER_STATUS, type BrokerStatus } from './brokerStatus';

/** "up", "stopped", "fenced", "isolated" or "isolated · fenced", coloured, with what it means beside it. */
export function BrokerStatusBadge({ status }: { status: BrokerStatus }) {
  const look = BROKER_STATUS[status];
  return (
    <span className="broker__status">
      <span className={`badge badge--${look.tone}`}>{look.label}</span>
      {look.detail && <span className="broker__status-detail">{look.detail}</span>}
    </span>
  );
}
