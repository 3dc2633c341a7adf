import { profileRateAt, type KeySpec, type LoadProfile, type SourceConfig } from '../../../engine';
import { formatCount } from '../../format';

/** How a source picks keys: "no keys", "1,000 keys", "zipf over 200 keys", "3 listed keys". */
export function keyMode(keys: KeySpec): string {
  switch (keys.type) {
    case 'none':
      return 'no keys';
    case 'uniform':
      return `${formatCount(keys.count)} keys`;
    case 'zipf':
      return `zipf over ${formatCount(keys.count)} keys`;
    case 'list':
      return `${formatCount(keys.values.length)} listed keys`;
  }
}

type PartitionerFields = Pick<SourceConfig, 'partitioner' | 'partition' | 'keys'>;

/**
 * Where records go, short: Kafka's default partitioner hashes a key with murmur2 and, for records
 * without a key, fills one partition's batch at a time (sticky, KIP-480 / KIP-794).
 */
export function partitionerLabel(config: PartitionerFields): string {
  switch (config.partitioner) {
    case 'default':
      return config.keys.type === 'none' ? 'sticky' : 'murmur2(key)';
    case 'roundrobin':
      return 'round-robin';
    case 'fixed':
      return `partition ${config.partition}`;
  }
}

/** The same, in full, for the tooltip. */
export function partitionerTitle(config: PartitionerFields): string {
  switch (config.partitioner) {
    case 'default':
      return config.keys.type === 'none'
        ? 'Default partitioner: records without a key fill one partition at a time (sticky)'
        : 'Default partitioner: partition = murmur2(key) % partitions';
    case 'roundrobin':
      return 'RoundRobinPartitioner: each record to the next partition';
    case 'fixed':
      return `Every record to partition ${config.partition}`;
  }
}

/**
 * The rate and arrival process: "400 rec/s · poisson". With a load profile, the rate it asks for now (the
 * report's targetRate while running, else at time zero) and its kind: "500 rec/s · step".
 */
export function rateLabel(
  config: Pick<SourceConfig, 'rate' | 'arrival'> & { profile?: LoadProfile },
  targetRate?: number,
): string {
  const arrival = config.arrival === 'constant' ? '' : ` · ${config.arrival}`;
  const profile = config.profile;
  if (!profile || profile.type === 'constant') return `${formatCount(config.rate)} rec/s${arrival}`;
  const rate = targetRate ?? profileRateAt(profile, config.rate, 0);
  return `${formatCount(Math.round(rate))} rec/s · ${PROFILE_WORDS[profile.type]}${arrival}`;
}

const PROFILE_WORDS: Record<Exclude<LoadProfile['type'], 'constant'>, string> = {
  daily: 'daily',
  step: 'step',
  spike: 'spike',
  trace: 'trace',
};
