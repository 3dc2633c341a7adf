// A stream processor: consumes as a group, keeps a share of the records (filter), emits `fanOut` records
// per kept record to each output topic, keeping key and timestamp as a Kafka Streams map/filter does.
import type { ProcessorConfig } from '../model/schema';
import type { TopicView } from '../kafka/group/consumerMember';
import type { GroupRuntime } from './groupRuntime';
import type { KeySpace } from './keySpace';
import { ProducerRuntime } from './producerRuntime';
import type { Rng } from '../common/rng';
import { producerSettings } from './sourceRuntime';

export class ProcessorRuntime {
  readonly producer: ProducerRuntime;
  /** Killed by a fault: its consumers crashed and its producer died with the process. */
  killed = false;
  private nowMs = 0;

  constructor(
    readonly nodeId: string,
    readonly name: string,
    public config: ProcessorConfig,
    readonly group: GroupRuntime,
    private readonly keys: KeySpace,
    private readonly rng: Rng,
    nowMs: number,
  ) {
    this.producer = new ProducerRuntime(`${nodeId}-producer`, producerSettings(config), keys, rng, nowMs);
    this.producer.setNetworkMBps(config.networkMBps);
    group.onRecordsProcessed = (topic, partition, from, end) => this.process(topic, partition, from, end);
  }

  applyConfig(config: ProcessorConfig): void {
    this.config = config;
    this.producer.applySettings(producerSettings(config));
    this.producer.setNetworkMBps(config.networkMBps);
  }

  /** The process dies: every consumer crashes (sessions expire later) and unsent output is gone. */
  kill(): void {
    if (this.killed) return;
    this.killed = true;
    for (const m of this.group.liveMembers()) m.crash();
    this.producer.kill();
  }

  /** The process starts again with its configured consumers; they rejoin the group. */
  restart(): void {
    if (!this.killed) return;
    this.killed = false;
    this.producer.running = true;
    this.group.forgetFaults();
    this.group.scaleTo(this.config.consumers);
  }

  tick(nowMs: number, untilMs: number): void {
    this.nowMs = nowMs;
    // Output waiting behind a send() blocked for buffer.memory goes first, as memory allows.
    if (this.producer.blocked) this.producer.retryBlocked(nowMs);
    this.group.tick(nowMs);
    this.producer.endTick(untilMs);
  }

  private process(topic: TopicView, partition: number, from: number, end: number): void {
    const log = topic.partitions[partition]!;
    const { filterRatio, fanOut } = this.config;
    if (fanOut === 0 || filterRatio === 0) return;
    // The log keeps compressed sizes; the processor works on the records as its consumer decompressed them.
    const ratio = topic.storedRatio(partition);
    for (let o = from; o < end; o++) {
      if (log.isRemoved(o)) continue;
      if (filterRatio < 1 && this.rng.nextFloat() >= filterRatio) continue;
      const key = log.keyAt(o);
      const keySize = this.keys.length(key);
      const size = ratio === 1 ? log.sizeAt(o) : Math.round(log.sizeAt(o) / ratio);
      const valueSize = Math.max(0, size - (keySize < 0 ? 0 : keySize));
      const timestamp = log.timestampAt(o);
      for (let k = 0; k < fanOut; k++) this.producer.send(this.nowMs, timestamp, key, valueSize);
    }
  }
}
