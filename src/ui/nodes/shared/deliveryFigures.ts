// What became of the records: acknowledged, lost and duplicated on the producer's side; duplicated and
// out of order on the consumer's. The figures that mean something went wrong are coloured once non-zero.
import type { DeliveryReport, GroupReport } from '../../../engine';
import { formatCompact, formatCount } from '../../format';

export interface Figure {
  label: string;
  /** The exact count, "3,777,416": in the inspector and in the node's tooltip. */
  value: string;
  /** The same abbreviated, "3.78M": a node's narrow column. */
  short: string;
  /** bad: records lost or failed; odd: delivered twice or out of order; plain: nothing wrong. */
  tone: 'plain' | 'odd' | 'bad';
  /** What the figure counts, for the tooltip. */
  title: string;
}

const figure = (label: string, n: number, whenAny: Figure['tone'], title: string): Figure => ({
  label,
  value: formatCount(n),
  short: formatCompact(n),
  tone: n > 0 ? whenAny : 'plain',
  title,
});

const ACKED = 'records the brokers acknowledged to the producer';
const LOST = 'acknowledged records gone from every in-sync replica: truncated after a leader change';
const DUPLICATED = 'records written twice: a retry of a batch the broker already had, without idempotence';

/** The three a node card has room for. */
export function producerFigures(d: DeliveryReport): Figure[] {
  return [
    figure('acked', d.recordsAcked, 'plain', ACKED),
    figure('lost', d.recordsLost, 'bad', LOST),
    figure('duplicated', d.recordsDuplicated, 'odd', DUPLICATED),
  ];
}

/** All of them, for the inspector. */
export function producerDetails(d: DeliveryReport): Figure[] {
  return [
    ...producerFigures(d),
    figure('retried', d.recordsRetried, 'odd', 'record sends retried after an error'),
    figure('failed', d.recordsFailed, 'bad', 'records the producer gave up on: timed out or refused'),
    figure('in flight', d.recordsInFlight, 'plain', 'records sent and not yet acknowledged'),
    {
      label: 'blocked',
      value: `${formatCount(Math.round(d.blockedMs / 1000))} s`,
      short: `${formatCompact(Math.round(d.blockedMs / 1000))} s`,
      tone: d.blockedMs > 0 ? 'odd' : 'plain',
      title: 'time send() waited for buffer.memory: the application produced nothing meanwhile',
    },
  ];
}

export function consumerFigures(g: GroupReport): Figure[] {
  return [
    figure('duplicates', g.duplicates, 'odd', 'records delivered again: at-least-once delivery'),
    figure(
      'out of order',
      g.outOfOrder,
      'odd',
      'records delivered after a later record of the same producer and partition',
    ),
  ];
}

/** With what the commit mode costs when a consumer dies, for the inspector. */
export function consumerDetails(g: GroupReport): Figure[] {
  return [
    ...consumerFigures(g),
    figure(
      'reprocessed',
      g.reprocessed,
      'odd',
      'records processed twice: processed, not yet committed when their consumer died (commit after processing)',
    ),
    figure(
      'skipped',
      g.recordsSkipped,
      'bad',
      'records never processed: committed before processing by a consumer that died first (commit before processing)',
    ),
  ];
}
