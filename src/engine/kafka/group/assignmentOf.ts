import { nameRecord } from '../../model/nameRecord';
import type { Assignment } from './types';

/** Parallel lists of assigned topics and partitions as an Assignment: partitions by topic, each list ascending. */
export function assignmentOf(topics: readonly { name: string }[], partitions: readonly number[]): Assignment {
  const out: Assignment = nameRecord();
  for (let i = 0; i < topics.length; i++) (out[topics[i]!.name] ??= []).push(partitions[i]!);
  for (const list of Object.values(out)) list.sort((a, b) => a - b);
  return out;
}
