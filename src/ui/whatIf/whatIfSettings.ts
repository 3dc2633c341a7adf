// What the Sweep and Compare forms offer before a person changes anything: the durations, a first setting and a
// range around its value now.
import { currentValue, parseSweepPath, type PipelineDocument } from '../../engine';

export const RUN_DURATIONS: readonly { ms: number; label: string }[] = [
  { ms: 30_000, label: '30 s' },
  { ms: 60_000, label: '1 min' },
  { ms: 300_000, label: '5 min' },
  { ms: 900_000, label: '15 min' },
  { ms: 3_600_000, label: '1 h' },
];

/** The first topic's partitions, the question sweeps are most often asked about; else the broker count. */
export function firstSetting(paths: readonly { path: string }[]): string {
  return paths.find((p) => p.path.endsWith('.partitions'))?.path ?? paths[0]?.path ?? 'cluster.brokers';
}

/** Enums as Kafka lists them; numbers doubling from the value now to eight times it. */
export function defaultRange(doc: PipelineDocument, setting: string): string {
  const path = parseSweepPath(doc, setting);
  if (typeof path === 'string') return '';
  if (path.kind === 'node' && path.key === 'acks') return '0,1,all';
  const value = currentValue(doc, path);
  if (typeof value === 'boolean') return 'true,false';
  if (typeof value === 'string') return value;
  if (value === undefined) return '100..800';
  if (value <= 0) return '0..8:2';
  return `${value}..${value * 8}`;
}
