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
};
