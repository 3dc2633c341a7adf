// A source: an application producing records at its configured rate, keys and sizes.
import { PoisonPicker } from '../kafka/producer/poisonPicker';
import type { ProducerSettings } from '../kafka/producer/producerSettings';
import type { SourceConfig } from '../model/schema';
import { Arrivals } from './arrivals';
import { KeyChooser } from './keyChooser';
import type { KeySpace } from './keySpace';
import { ProducerRuntime } from './producerRuntime';
import { valueSizeSampler } from './recordSizes';
import type { Rng } from '../common/rng';

export class SourceRuntime {
  readonly producer: ProducerRuntime;
  private readonly arrivals: Arrivals;
  private keyChooser: KeyChooser;
  private valueSize: () => number;
  /** Paused sources produce nothing (a fault to inject, or a person pressing pause on one source). */
  paused = false;
  /** Marks the records no consumer can deserialize (poisonShare, and "send one poison record"). */
  readonly poison: PoisonPicker;

  constructor(
    readonly nodeId: string,
    readonly name: string,
    public config: SourceConfig,
    private readonly keys: KeySpace,
    private readonly rng: Rng,
    nowMs: number,
  ) {
    this.poison = new PoisonPicker(rng);
    this.producer = new ProducerRuntime(`${nodeId}-producer`, producerSettings(config), keys, rng, nowMs);
    this.arrivals = new Arrivals(config, rng, nowMs);
    this.keyChooser = new KeyChooser(config.keys, keys, rng);
    this.valueSize = valueSizeSampler(config.recordSize, rng);
    this.producer.sendsTombstones = config.tombstoneRatio > 0;
    this.producer.setNetworkMBps(config.networkMBps);
    this.poison.share = config.poisonShare;
    this.producer.sender.poison = this.poison;
  }

  applyConfig(config: SourceConfig, nowMs: number): void {
    const prev = this.config;
    this.config = config;
    if (JSON.stringify(prev.keys) !== JSON.stringify(config.keys))
      this.keyChooser = new KeyChooser(config.keys, this.keys, this.rng);
    this.valueSize = valueSizeSampler(config.recordSize, this.rng);
    if (
      prev.rate !== config.rate ||
      prev.arrival !== config.arrival ||
      prev.burstOnMs !== config.burstOnMs ||
      prev.burstOffMs !== config.burstOffMs ||
      (prev.profile !== config.profile && JSON.stringify(prev.profile) !== JSON.stringify(config.profile))
    )
      this.arrivals.restart(config, nowMs);
    this.producer.applySettings(producerSettings(config));
    this.producer.sendsTombstones = config.tombstoneRatio > 0;
    this.producer.setNetworkMBps(config.networkMBps);
    this.poison.share = config.poisonShare;
  }

  /** The rate the source is asked for now, records/s: its load profile's, or `rate` (the report's targetRate). */
  targetRate(nowMs: number): number {
    return this.arrivals.targetRate(nowMs);
  }

  /**
   * The tick ending after this time is the next one with work for the source (a record arrives before its end); a
   * send() blocked for buffer.memory retries every tick (-Infinity).
   */
  get nextArrivalMs(): number {
    return this.producer.blocked ? -Infinity : this.arrivals.next;
  }

  /** Produces every record that arrives before `untilMs`; the simulation then lets the senders drain. */
  tick(nowMs: number, untilMs: number): void {
    const arrivals = this.arrivals;
    const producer = this.producer;
    if (producer.blocked) producer.retryBlocked(nowMs);
    if (this.paused) {
      while (arrivals.next < untilMs) arrivals.advance();
    } else {
      const tombstones = this.config.tombstoneRatio;
      while (arrivals.next < untilMs) {
        if (producer.blocked) {
          // The application is inside a send() that waits for buffer.memory: it produces nothing meanwhile.
          arrivals.advance();
          continue;
        }
        const key = this.keyChooser.next();
        let valueSize = this.valueSize();
        // A tombstone is a keyed record with a null value (size -1, as DefaultRecord writes it).
        if (tombstones > 0 && key >= 0 && this.rng.nextFloat() < tombstones) valueSize = -1;
        // CreateTime: the producer's clock in whole milliseconds.
        producer.send(nowMs, Math.floor(arrivals.next), key, valueSize);
        arrivals.advance();
      }
    }
  }
}

export function producerSettings(c: ProducerSettings): ProducerSettings {
  return {
    compressionType: c.compressionType,
    partitioner: c.partitioner,
    partition: c.partition,
    batchSize: c.batchSize,
    lingerMs: c.lingerMs,
    metadataMaxAgeMs: c.metadataMaxAgeMs,
    acks: c.acks,
    enableIdempotence: c.enableIdempotence,
    retries: c.retries,
    retryBackoffMs: c.retryBackoffMs,
    retryBackoffMaxMs: c.retryBackoffMaxMs,
    requestTimeoutMs: c.requestTimeoutMs,
    deliveryTimeoutMs: c.deliveryTimeoutMs,
    maxInFlightRequestsPerConnection: c.maxInFlightRequestsPerConnection,
    bufferMemory: c.bufferMemory,
    maxBlockMs: c.maxBlockMs,
    maxRequestSize: c.maxRequestSize,
    partitionerAdaptivePartitioningEnable: c.partitionerAdaptivePartitioningEnable,
    partitionerAvailabilityTimeoutMs: c.partitionerAvailabilityTimeoutMs,
    partitionerIgnoreKeys: c.partitionerIgnoreKeys,
  };
}
