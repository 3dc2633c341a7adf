// A broker's status as the controller sees it (KRaft broker registration and fencing).
import type { BrokerReport } from '../../engine';

export type BrokerStatus = BrokerReport['status'];

export interface StatusLook {
  label: string;
  /** What the status means, beside the badge; nothing to add when all is well. */
  detail: string;
  tone: 'ok' | 'busy' | 'warn';
}

export const BROKER_STATUS: Record<BrokerStatus, StatusLook> = {
  up: { label: 'up', detail: '', tone: 'ok' },
  // Until broker.session.timeout.ms passes without a heartbeat, the controller still counts it in.
  stopped: { label: 'stopped', detail: 'down, not yet fenced', tone: 'busy' },
  fenced: { label: 'fenced', detail: 'fenced by the controller', tone: 'warn' },
  // broker-isolate: its heartbeats no longer reach the controller, but producers and consumers still reach it.
  isolated: {
    label: 'isolated',
    detail: 'cut off from the controller, still serving clients',
    tone: 'busy',
  },
  'isolated-fenced': {
    label: 'isolated · fenced',
    detail: 'fenced by the controller, still serving clients',
    tone: 'warn',
  },
};

/** "still believes it leads 2 partitions (zombie leader)", or nothing while it leads none the controller moved. */
export function zombieNote(broker: Pick<BrokerReport, 'zombieLeaders'>): string {
  const n = broker.zombieLeaders ?? 0;
  if (n === 0) return '';
  return `still believes it leads ${n} partition${n === 1 ? '' : 's'} (zombie leader)`;
}
