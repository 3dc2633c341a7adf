// org.apache.kafka.metadata.placement.StripedReplicaPlacer (apache/kafka 1eb7644349cb, 4.0.0-SNAPSHOT), line by line.

import { compareJavaStrings, JavaHashSet, javaStringHash } from '../assignors/javaHash';
import { javaShuffle, ReplicaPlacementError, type RandomSource } from './replicaPlacementTypes';

/** org.apache.kafka.metadata.placement.UsableBroker; `rack: null` is Optional.empty(). */
export interface UsableBroker {
  id: number;
  rack: string | null;
  fenced: boolean;
}

/** A sorted list of brokers read round-robin from a random offset, restarting (one further on) every epoch. */
export class BrokerList {
  readonly brokers: number[] = [];
  private index = 0;
  private offset = 0;
  private epoch = 0;

  add(broker: number): this {
    this.brokers.push(broker);
    return this;
  }

  initialize(random: RandomSource): void {
    if (this.brokers.length > 0) {
      this.brokers.sort((a, b) => a - b);
      this.offset = random.nextInt(this.brokers.length);
    }
  }

  shuffle(random: RandomSource): void {
    javaShuffle(this.brokers, random);
  }

  get size(): number {
    return this.brokers.length;
  }

  /** The next broker of this epoch, or -1 once every broker has been returned in it. */
  next(epoch: number): number {
    const n = this.brokers.length;
    if (n === 0) return -1;
    if (this.epoch !== epoch) {
      this.epoch = epoch;
      this.index = 0;
      this.offset = (this.offset + 1) % n;
    }
    if (this.index >= n) return -1;
    const broker = this.brokers[(this.index + this.offset) % n] as number;
    this.index++;
    return broker;
  }
}

/** A rack: its unfenced brokers are handed out before its fenced ones. */
class Rack {
  readonly fenced = new BrokerList();
  readonly unfenced = new BrokerList();

  initialize(random: RandomSource): void {
    this.fenced.initialize(random);
    this.unfenced.initialize(random);
  }

  shuffle(random: RandomSource): void {
    this.fenced.shuffle(random);
    this.unfenced.shuffle(random);
  }

  nextUnfenced(epoch: number): number {
    return this.unfenced.next(epoch);
  }

  next(epoch: number): number {
    const result = this.unfenced.next(epoch);
    return result >= 0 ? result : this.fenced.next(epoch);
  }
}

/** Optional.empty() first, then String.compareTo (OptionalStringComparator). */
function compareRackNames(a: string | null, b: string | null): number {
  if (a === null) return b === null ? 0 : -1;
  if (b === null) return 1;
  return compareJavaStrings(a, b);
}

function checkPositive(replicationFactor: number): void {
  if (replicationFactor <= 0) {
    throw new ReplicaPlacementError(
      'InvalidReplicationFactorException',
      `Invalid replication factor ${replicationFactor}: the replication factor must be positive.`,
    );
  }
}

function checkSomeUnfenced(numUnfenced: number): void {
  if (numUnfenced === 0) {
    throw new ReplicaPlacementError('InvalidReplicationFactorException', 'All brokers are currently fenced.');
  }
}

function checkEnoughBrokers(replicationFactor: number, numTotalBrokers: number): void {
  if (replicationFactor > numTotalBrokers) {
    throw new ReplicaPlacementError(
      'InvalidReplicationFactorException',
      `The target replication factor of ${replicationFactor} cannot be reached because only ` +
        `${numTotalBrokers} broker(s) are registered.`,
    );
  }
}

/** The racks of one placement call: each partition starts one rack further on, which makes the stripes. */
export class RackList {
  /** Sorted rack names (RackList.rackNames); reshuffled once every unfenced broker has led a partition. */
  readonly rackNames: (string | null)[] = [];
  readonly numTotalBrokers: number;
  readonly numUnfencedBrokers: number;
  private readonly racks = new Map<string | null, Rack>();
  /**
   * The racks in the order Java iterates `racks.values()` (a HashMap keyed by Optional<String>): initialize and
   * shuffle draw from the random source rack by rack, so that order decides which rack gets which draw.
   */
  private readonly racksInHashOrder: Rack[];
  private epoch = 0;
  private offset: number;

  constructor(
    private readonly random: RandomSource,
    brokers: Iterable<UsableBroker>,
  ) {
    let total = 0;
    let unfenced = 0;
    for (const broker of brokers) {
      let rack = this.racks.get(broker.rack);
      if (rack === undefined) {
        this.rackNames.push(broker.rack);
        rack = new Rack();
        this.racks.set(broker.rack, rack);
      }
      if (broker.fenced) {
        rack.fenced.add(broker.id);
      } else {
        unfenced++;
        rack.unfenced.add(broker.id);
      }
      total++;
    }
    // Optional.hashCode() is the string's hashCode, or 0 when empty.
    const keys = new JavaHashSet<string | null>((name) => (name === null ? 0 : javaStringHash(name)));
    for (const name of this.rackNames) keys.add(name);
    this.racksInHashOrder = keys.toArray().map((name) => this.racks.get(name) as Rack);
    for (const rack of this.racksInHashOrder) rack.initialize(random);
    this.rackNames.sort(compareRackNames);
    this.numTotalBrokers = total;
    this.numUnfencedBrokers = unfenced;
    this.offset = this.rackNames.length === 0 ? 0 : random.nextInt(this.rackNames.length);
  }

  /** The replicas of the next partition, leader first. */
  place(replicationFactor: number): number[] {
    checkPositive(replicationFactor);
    checkEnoughBrokers(replicationFactor, this.numTotalBrokers);
    checkSomeUnfenced(this.numUnfencedBrokers);
    // After as many partitions as there are unfenced brokers, reshuffle so the next round does not repeat this
    // one; with a single unfenced broker the epoch never resets, or the leader search below would never end.
    if (this.epoch === this.numUnfencedBrokers && this.numUnfencedBrokers > 1) {
      this.shuffle();
      this.epoch = 0;
    }
    if (this.offset === this.rackNames.length) this.offset = 0;
    const n = this.rackNames.length;
    const brokers: number[] = [];
    // The leader must be unfenced: walk the racks from the offset until one has an unfenced broker left.
    let firstRackIndex = this.offset;
    for (;;) {
      const result = this.rackAt(firstRackIndex).nextUnfenced(this.epoch);
      if (result >= 0) {
        brokers.push(result);
        break;
      }
      firstRackIndex++;
      if (firstRackIndex === n) firstRackIndex = 0;
    }
    // Followers go round the racks from the offset, skipping the leader's rack on the first pass only.
    let rackIndex = this.offset;
    for (let replica = 1; replica < replicationFactor; replica++) {
      let result = -1;
      do {
        if (rackIndex === firstRackIndex) {
          firstRackIndex = -1;
        } else {
          result = this.rackAt(rackIndex).next(this.epoch);
        }
        rackIndex++;
        if (rackIndex === n) rackIndex = 0;
      } while (result < 0);
      brokers.push(result);
    }
    this.epoch++;
    this.offset++;
    return brokers;
  }

  private rackAt(index: number): Rack {
    return this.racks.get(this.rackNames[index] as string | null) as Rack;
  }

  private shuffle(): void {
    javaShuffle(this.rackNames, this.random);
    for (const rack of this.racksInHashOrder) rack.shuffle(this.random);
  }
}

/**
 * StripedReplicaPlacer.place: a fresh RackList per call (its random draws happen before any check can fail, as
 * in Kafka), then one RackList.place per partition. PlacementSpec.startPartition is ignored, as Kafka ignores it.
 */
export function placeStriped(
  brokers: Iterable<UsableBroker>,
  numPartitions: number,
  replicationFactor: number,
  random: RandomSource,
): number[][] {
  const rackList = new RackList(random, brokers);
  checkPositive(replicationFactor);
  checkSomeUnfenced(rackList.numUnfencedBrokers);
  checkEnoughBrokers(replicationFactor, rackList.numTotalBrokers);
  // `new ArrayList<>(numPartitions)` refuses a negative count here; the controller never lets one get this far.
  if (numPartitions < 0) throw new RangeError(`Illegal Capacity: ${numPartitions}`);
  const placements: number[][] = [];
  for (let partition = 0; partition < numPartitions; partition++) {
    placements.push(rackList.place(replicationFactor));
  }
  return placements;
}
