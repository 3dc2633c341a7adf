// Which share of a producer's records lands on each partition, as the producer's partitioner sends them: keyed records
// by BuiltInPartitioner.partitionForKey (murmur2 of the key, modulo the partitions), the rest spread evenly (the
// sticky partitioner, KIP-480/794, and RoundRobinPartitioner even out over time) or all to one (a fixed partition).
import { murmur2, toPositive, utf8 } from '../kafka/murmur2';
import type { KeySpec } from '../model/schema';

/** The keys a producer draws and how often each: names as the simulation makes them (`key-<i>`, or the list). */
export interface KeyDistribution {
  hashes: Int32Array;
  lengths: Int32Array;
  weights: Float64Array;
}

export function keyDistribution(spec: KeySpec): KeyDistribution | null {
  if (spec.type === 'none') return null;
  const names = spec.type === 'list' ? spec.values : Array.from({ length: spec.count }, (_, i) => `key-${i}`);
  const k = names.length;
  const hashes = new Int32Array(k);
  const lengths = new Int32Array(k);
  const weights = new Float64Array(k);
  let sum = 0;
  for (let i = 0; i < k; i++) {
    const bytes = utf8(names[i]!);
    hashes[i] = toPositive(murmur2(bytes));
    lengths[i] = bytes.length;
    // KeyChooser: Zipf weights 1/rank^s, otherwise uniform.
    weights[i] = spec.type === 'zipf' ? 1 / Math.pow(i + 1, spec.exponent) : 1;
    sum += weights[i]!;
  }
  for (let i = 0; i < k; i++) weights[i]! /= sum;
  return { hashes, lengths, weights };
}

/** The mean serialized key length; -1 for null keys. */
export function meanKeyLength(keys: KeyDistribution | null): number {
  if (keys === null) return -1;
  let mean = 0;
  for (let i = 0; i < keys.weights.length; i++) mean += keys.weights[i]! * keys.lengths[i]!;
  return mean;
}

/** Each partition's share of keyed records (murmur2 hash modulo the partition count). */
export function keyedShares(keys: KeyDistribution, partitions: number): Float64Array {
  const shares = new Float64Array(partitions);
  for (let i = 0; i < keys.weights.length; i++) shares[keys.hashes[i]! % partitions]! += keys.weights[i]!;
  return shares;
}

export function evenShares(partitions: number): Float64Array {
  return new Float64Array(partitions).fill(1 / partitions);
}

export function fixedShares(partition: number, partitions: number): Float64Array {
  const shares = new Float64Array(partitions);
  shares[partition < partitions ? partition : partitions - 1] = 1;
  return shares;
}
