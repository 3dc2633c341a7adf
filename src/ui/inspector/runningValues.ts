// A topic setting the running cluster did not take (Kafka would not take it live): the field shows the
// value that runs, says what Reset will start with, and gives the engine's reason beside it.
import type { Refusal } from '../../engine';
import { readPath, type Config } from './formModel';

export interface RunningValue {
  /** What the field shows: the value in force in the running cluster ("" when the topic does not run). */
  value: string | null;
  /** "5 running · 3 on Reset". */
  badge: string;
  /** The engine's reason, as a sentence. */
  message: string;
}

/**
 * The partitions topic `nodeId` runs: after a refused shrink (Kafka cannot remove partitions) more than the design
 * says, until Reset. Lanes, the worker's lane list and the key tracer all count these.
 */
export function runningPartitions(nodeId: string, designed: number, refusals: readonly Refusal[]): number {
  return refusals.find((r) => r.node === nodeId && r.setting === 'partitions')?.running ?? designed;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** By config path, the refused settings of node `nodeId`, from the worker's refusals. */
export function runningValues(
  nodeId: string,
  config: Config,
  refusals: readonly Refusal[],
): Record<string, RunningValue> {
  const out: Record<string, RunningValue> = {};
  for (const r of refusals) {
    if (r.node !== nodeId) continue;
    const design = String(readPath(config, r.setting));
    out[r.setting] = {
      value: r.running === null ? null : String(r.running),
      badge:
        r.running === null ? `not running · ${design} on Reset` : `${r.running} running · ${design} on Reset`,
      message: sentence(r.message),
    };
  }
  return out;
}

/** What a topic's card says Reset will change, short enough for one line: "3 partitions, RF 2 on Reset". */
export function onResetText(nodeId: string, config: Config, refusals: readonly Refusal[]): string | null {
  const mine = refusals.filter((r) => r.node === nodeId);
  const parts: string[] = [];
  if (mine.some((r) => r.setting === 'partitions')) parts.push(`${String(config.partitions)} partitions`);
  if (mine.some((r) => r.setting === 'replicationFactor'))
    parts.push(`RF ${String(config.replicationFactor)}`);
  return parts.length > 0 ? `${parts.join(', ')} on Reset` : null;
}
