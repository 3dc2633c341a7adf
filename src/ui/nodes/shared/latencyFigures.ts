// Latency for the inspector: a producer's send-to-acknowledgement percentiles and Kafka's producer metrics
// (request-latency-avg, batch-size-avg, records-per-request-avg), and a group's send-to-poll percentiles.
import type { DeliveryReport, GroupReport, LatencyPercentiles } from '../../../engine';
import { formatCompact, formatCount, formatLatency } from '../../format';
import type { Figure } from './deliveryFigures';

const none: Pick<Figure, 'value' | 'short'> = { value: '—', short: '—' };

const ms = (v: number) => `${formatLatency(v)} ms`;

const plain = (label: string, value: string | null, title: string): Figure => ({
  label,
  ...(value === null ? none : { value, short: value }),
  tone: 'plain',
  title,
});

function percentileFigures(p: LatencyPercentiles | null, what: string): Figure[] {
  return [
    plain('p50', p && ms(p.p50), `half of the records took at most this long ${what}`),
    plain('p99', p && ms(p.p99), `99% of the records took at most this long ${what}`),
    plain('p99.9', p && ms(p.p999), `99.9% of the records took at most this long ${what}`),
  ];
}

/** A source's produce latency and request figures. */
export function producerLatency(d: DeliveryReport & { latencyMs?: LatencyPercentiles | null }): Figure[] {
  return [
    ...percentileFigures(d.latencyMs ?? null, 'from send() to acknowledgement, since the start'),
    plain(
      'request',
      d.requestLatencyAvgMs === null ? null : ms(d.requestLatencyAvgMs),
      'request-latency-avg: a produce request’s send to its answer, over the last 30 to 60 s',
    ),
    {
      ...plain('batch', null, 'batch-size-avg: bytes per batch sent, over the last 30 to 60 s'),
      ...(d.batchSizeAvg === null
        ? none
        : {
            value: `${formatCount(Math.round(d.batchSizeAvg))} B`,
            short: `${formatCompact(d.batchSizeAvg)} B`,
          }),
    },
    plain(
      'records/req',
      d.recordsPerRequestAvg === null ? null : d.recordsPerRequestAvg.toFixed(1),
      'records-per-request-avg: records per produce request, over the last 30 to 60 s',
    ),
  ];
}

/** A group's end-to-end latency. */
export function endToEndLatency(g: GroupReport): Figure[] {
  return percentileFigures(g.latencyMs, 'from send() to the poll that returned them, since the start');
}
