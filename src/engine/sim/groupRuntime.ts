// A consumer group in the running simulation (a sink, or the consuming side of a processor): the
// coordinator, its consumers, and what the group has received, processed and received twice.
import { GroupCoordinator } from '../kafka/group/groupCoordinator';
import { ConsumerGroupCoordinator } from '../kafka/group/consumerGroupCoordinator';
import type { GroupMembership } from '../kafka/group/groupMembership';
import { nameRecord } from '../model/nameRecord';
import { ConsumerMember, type ConsumerGroupContext, type TopicView } from '../kafka/group/consumerMember';
import type { ConsumerSettings } from '../kafka/group/consumerSettings';
import { ClientLink } from './clientLink';
import type { Bandwidth } from './cluster/bandwidth';
import { PartitionCounters } from './partitionCounters';
import { committedLag, hasCommitted, partitionLag, timeLagMs, type GroupOffsets } from './groupOffsets';
import { GroupCommitWindows } from './groupCommitWindows';
import type { EventSink } from '../common/events';
import type { TopicRuntime } from './topicRuntime';
import { LatencyHistogram } from '../common/latencyHistogram';
import type { ClusterRuntime } from './cluster/clusterRuntime';
import { PoisonPills } from './poisonPills';
import { ConsumerRestarts, freeInstanceId } from './consumerRestarts';

/** Offsets [fromOffset, endOffset) were processed (a compacted log may have gaps in between). */
export type ProcessedHook = (
  topic: TopicView,
  partition: number,
  fromOffset: number,
  endOffset: number,
) => void;

export class GroupRuntime implements ConsumerGroupContext {
  /** The classic protocol's coordinator; it also keeps the group's committed offsets under either protocol. */
  readonly coordinator: GroupCoordinator;
  /** What the lag figures read (groupOffsets.ts). */
  private readonly offsets: GroupOffsets;
  /** group.protocol=consumer (KIP-848): the coordinator that runs the membership; null under classic. */
  consumerGroup: ConsumerGroupCoordinator | null = null;
  readonly members: ConsumerMember[] = [];
  /** Records handed to the application a second time (after a crash or a cooperative hand-over). */
  duplicates = 0;
  /** Records the application processed a second time: processed, not committed, delivered again. */
  reprocessed = 0;
  /** Records never processed: committed before processing by a consumer that stopped before it got to them. */
  recordsSkipped = 0;
  /** Commits after processing the coordinator refused (CommitFailedException): the member had been evicted. */
  commitsFailed = 0;
  /** Records never read: a position below the log start (retention deleted them) reset by auto.offset.reset. */
  recordsLostToRetention = 0;
  /** Records the consumers could not deserialize, and what went to the dead-letter topic. */
  readonly poisonPills = new PoisonPills();
  /** Consumers a person restarted, down until they start again. */
  readonly restarts = new ConsumerRestarts();
  /** client.rack of the consumers' machines, and the cluster they fetch from (null: fetches take no time). */
  rack: string | null = null;
  cluster: ClusterRuntime | null = null;
  /** End-to-end latency: from each record's send() (its timestamp) to the poll that hands it out, since the start. */
  readonly endToEndLatency = new LatencyHistogram();

  /** Records delivered after a later record of the same producer in the same partition. */
  get outOfOrder(): number {
    let n = 0;
    for (const c of this.counters.values()) n += c.order.outOfOrder;
    return n;
  }
  /** Records delivered after a record of the same key sent later (a key that moved partition). */
  get keyOutOfOrder(): number {
    let n = 0;
    for (const c of this.counters.values()) n += c.order.keyOutOfOrder;
    return n;
  }
  recordsDelivered = 0;
  recordsConsumed = 0;
  bytesConsumed = 0;
  readonly counters = new Map<string, PartitionCounters>();
  /** The topic countersFor last answered for, and its counters. */
  private lastCountersTopic: string | null = null;
  private lastCounters: PartitionCounters | undefined = undefined;
  private nextClientSeq = 0;
  /** Set by a processor: what to do with each processed range. */
  onRecordsProcessed: ProcessedHook | null = null;
  /** What LinkedIn Burrow would store of this group: each partition's last commits and recent log ends. */
  readonly commitWindows = new GroupCommitWindows();
  /** The time of the current (or last) tick: when a commit happens. */
  private nowMs = 0;
  /** The fluid mode's step, ms; 0 per record (FetchContext.fluidStepMs). */
  fluidStepMs = 0;
  /** The receive side of the consumers' machine's network link (the sink's or processor's networkMBps). */
  readonly clientLink = new ClientLink(null, 0);

  constructor(
    readonly nodeId: string,
    readonly groupId: string,
    public settings: ConsumerSettings,
    private topicList: () => string[],
    private readonly topics: Map<string, TopicRuntime>,
    initialRebalanceDelayMs: number,
    readonly emit: EventSink,
  ) {
    this.coordinator = new GroupCoordinator(groupId, settings.assignor, initialRebalanceDelayMs, emit);
    this.coordinator.partitionsPerTopic = () => {
      const out = nameRecord<number>();
      for (const [name, topic] of this.topics) out[name] = topic.partitionCount;
      return out;
    };
    this.coordinator.offsets.onCommit = (topic, partition, offset) => {
      const t = this.topics.get(topic);
      if (t) this.commitWindows.record(topic, partition, offset, t.highWatermark(partition), this.nowMs);
    };
    this.offsets = { topics, subscribedTopics: () => this.subscribedTopics(), coordinator: this.coordinator };
    this.useProtocol(settings);
  }

  /** Who runs the membership: the classic coordinator, or KIP-848's under group.protocol=consumer. */
  get membership(): GroupMembership {
    return this.consumerGroup ?? this.coordinator;
  }

  /**
   * Sets up the coordinator for the settings' group.protocol. A change on a running group restarts its consumers
   * with the new protocol (Kafka's offline migration of an empty group); the committed offsets stay.
   */
  useProtocol(settings: ConsumerSettings): void {
    const wanted = settings.groupProtocol === 'consumer';
    if (wanted === (this.consumerGroup !== null)) {
      if (this.consumerGroup) this.consumerGroup.assignor = settings.groupRemoteAssignor;
      return;
    }
    const running = this.liveMembers().length;
    for (const m of this.members) m.close();
    this.members.length = 0;
    this.consumerGroup?.markDead();
    this.consumerGroup = null;
    if (wanted) {
      const group = new ConsumerGroupCoordinator(this.groupId, settings.groupRemoteAssignor, this.emit);
      group.partitionsPerTopic = this.coordinator.partitionsPerTopic;
      this.consumerGroup = group;
    }
    for (let i = 0; i < running; i++) this.addMember();
  }

  /** FetchContext.link: null while the design leaves the link unlimited. */
  get link(): Bandwidth | null {
    return this.clientLink.bandwidth;
  }

  subscribedTopics(): string[] {
    return this.topicList().filter((t) => this.topics.has(t));
  }

  topic(name: string): TopicView | undefined {
    return this.topics.get(name);
  }

  /** The node's subscription pattern (KafkaConsumer.subscribe(Pattern)); null for a list of topics. */
  subscriptionPattern: string | null = null;

  /**
   * A new topic list. A changed list or pattern is subscribe() called again: the members rejoin now. The same
   * pattern matching a new topic is not: each member finds it at its metadata refresh (metadata.max.age.ms).
   */
  setTopicList(list: () => string[], pattern: string | null = null): void {
    const samePattern = pattern !== null && pattern === this.subscriptionPattern;
    this.topicList = list;
    this.subscriptionPattern = pattern;
    if (!samePattern) for (const m of this.members) m.resubscribe();
  }

  /** Live members: started and not crashed or closed. */
  liveMembers(): ConsumerMember[] {
    return this.members.filter((m) => m.status !== 'crashed' && m.status !== 'closed');
  }

  addMember(
    clientId = `${this.groupId}-consumer-${++this.nextClientSeq}`,
    groupInstanceId = this.settings.staticMembership
      ? freeInstanceId(this.groupId, this.liveMembers(), this.restarts)
      : null,
  ): ConsumerMember {
    const member = new ConsumerMember(this, clientId);
    member.groupInstanceId = groupInstanceId;
    this.members.push(member);
    return member;
  }

  /** A graceful shutdown of the newest live consumer (scale down). */
  removeMember(): ConsumerMember | null {
    const live = this.liveMembers();
    const member = live[live.length - 1];
    if (!member) return null;
    member.close();
    return member;
  }

  /**
   * Consumers crashed (negative) or started (positive) by faults, beyond the design's count: a crashed process
   * stays down until something starts it again, whatever else the design changes.
   */
  private faultDelta = 0;
  /** The design's consumer count as last applied. */
  private configuredConsumers: number | null = null;

  /** The design's consumer count (consumers a fault crashed or started are not counted). */
  get designConsumers(): number {
    return this.configuredConsumers ?? 0;
  }

  /** A fault kills this consumer's process (the design still counts it: it stays down). */
  crashMember(member: ConsumerMember, nowMs: number): void {
    if (member.status === 'crashed' || member.status === 'closed') return;
    member.crash(nowMs);
    this.faultDelta--;
  }

  /** A fault starts one consumer: a crashed one comes back, or one more runs. */
  startMember(): ConsumerMember {
    this.faultDelta++;
    return this.addMember();
  }

  /** A processor restarted: all its configured consumers run again. */
  forgetFaults(): void {
    this.faultDelta = 0;
  }

  /**
   * Scale to the design's `count`: start new consumers or close the newest. Consumers crashed by a fault stay
   * down; a smaller count removes crashed ones first, a larger one takes in consumers a fault started.
   */
  scaleTo(count: number): void {
    const before = this.configuredConsumers ?? count;
    this.configuredConsumers = count;
    if (count < before && this.faultDelta < 0)
      this.faultDelta = Math.min(0, this.faultDelta + before - count);
    if (count > before && this.faultDelta > 0)
      this.faultDelta = Math.max(0, this.faultDelta - (count - before));
    const target = Math.max(0, count + this.faultDelta);
    const restarting = this.restarts.count;
    while (this.liveMembers().length + restarting < target) this.addMember();
    while (this.liveMembers().length + restarting > target) if (!this.removeMember()) break;
  }

  tick(nowMs: number): void {
    this.nowMs = nowMs;
    this.clientLink.refill(nowMs);
    if (nowMs >= this.commitWindows.nextRefreshMs)
      this.commitWindows.refresh(nowMs, this.subscribedTopics(), (name) => this.topics.get(name));
    // A restarted process reads the group's settings anew: static membership turned on since takes effect now.
    this.restarts.startDue(nowMs, (clientId, instanceId) =>
      this.addMember(
        clientId,
        this.settings.staticMembership
          ? (instanceId ?? freeInstanceId(this.groupId, this.liveMembers(), this.restarts))
          : null,
      ),
    );
    const members = this.members;
    for (let i = 0; i < members.length; i++) members[i]!.tick(nowMs);
    this.coordinator.tick(nowMs);
    if (this.consumerGroup) this.consumerGroup.tick(nowMs);
    // Forget consumers that are gone for good once the coordinator has removed them.
    for (let i = members.length - 1; i >= 0; i--) {
      const m = members[i]!;
      if ((m.status === 'closed' || m.status === 'crashed') && !this.isKnown(m)) members.splice(i, 1);
    }
  }

  private isKnown(member: ConsumerMember): boolean {
    return member.memberId !== null && this.membership.assignmentOf(member.memberId) !== undefined;
  }

  countersFor(topic: string, partitions: number): PartitionCounters {
    // Every range a consumer fetches or processes asks for its topic's counters, mostly the same topic as the last.
    let c = this.lastCountersTopic === topic ? this.lastCounters : this.counters.get(topic);
    if (!c) this.counters.set(topic, (c = new PartitionCounters()));
    this.lastCountersTopic = topic;
    this.lastCounters = c;
    c.ensure(partitions);
    return c;
  }

  /** The round trip between the consumers' machines and broker `brokerId`'s: rttMs or crossRackRttMs. */
  roundTripMs(brokerId: number): number {
    const cluster = this.cluster;
    if (cluster === null) return 0;
    return cluster.roundTrips.between(this.rack, cluster.brokers.get(brokerId)?.rack ?? null);
  }

  onDelivered(topic: TopicView, partition: number, fromOffset: number, count: number): void {
    const c = this.countersFor(topic.name, topic.partitions.length);
    let mark = c.deliveredMark[partition]!;
    const truncations = topic.truncations(partition);
    if (truncations !== c.truncations[partition]) {
      // The log was cut: offsets from the cut on hold new records, not ones delivered before. Below it the records
      // are the same (a redelivery after a rebalance stays a duplicate); after several cuts only the last is known.
      const cut = truncations === c.truncations[partition]! + 1 ? topic.truncatedTo(partition) : fromOffset;
      c.truncations[partition] = truncations;
      if (cut < mark) mark = cut;
    }
    const end = fromOffset + count;
    if (fromOffset < mark) this.duplicates += (end < mark ? end : mark) - fromOffset;
    // Record by record: the fluid mode's runs carry no producer or timestamp per record, so it checks neither.
    const perRecord = this.fluidStepMs === 0;
    if (end > mark) {
      if (perRecord)
        c.order.check(topic.partitions[partition]!, partition, fromOffset > mark ? fromOffset : mark, end);
      c.deliveredMark[partition] = end;
    } else c.deliveredMark[partition] = mark;
    this.recordsDelivered += count;
    if (perRecord) topic.partitions[partition]!.recordAges(fromOffset, end, this.nowMs, this.endToEndLatency);
  }

  onProcessed(
    _member: ConsumerMember,
    topic: TopicView,
    partition: number,
    fromOffset: number,
    endOffset: number,
    records: number,
    bytes: number,
  ): void {
    const c = this.countersFor(topic.name, topic.partitions.length);
    let mark = c.processedMark[partition]!;
    const truncations = topic.truncations(partition);
    if (truncations !== c.processedTruncations[partition]) {
      // The log was cut: offsets from here on hold new records, not ones processed before.
      c.processedTruncations[partition] = truncations;
      if (fromOffset < mark) mark = fromOffset;
    }
    if (fromOffset < mark)
      this.reprocessed +=
        endOffset <= mark ? records : topic.partitions[partition]!.liveRecordsIn(fromOffset, mark);
    c.processedMark[partition] = endOffset > mark ? endOffset : mark;
    c.consumed[partition]! += records;
    c.consumedBytes[partition]! += bytes;
    this.recordsConsumed += records;
    this.bytesConsumed += bytes;
    if (this.onRecordsProcessed) this.onRecordsProcessed(topic, partition, fromOffset, endOffset);
  }

  onSkipped(records: number): void {
    this.recordsSkipped += records;
  }

  onCommitFailed(): void {
    this.commitsFailed++;
  }

  onPoison(topic: TopicView, partition: number, offset: number): boolean {
    const name = this.settings.deadLetterTopic;
    const deadLetter = name === null ? null : (this.topics.get(name) ?? null);
    return this.poisonPills.meet(topic, partition, offset, deadLetter, this.nowMs);
  }

  onLostToRetention(records: number): void {
    this.recordsLostToRetention += records;
  }

  /** Lag as kafka-consumer-groups reports it: high watermark minus committed, over partitions with a commit. */
  lag(): number {
    return committedLag(this.offsets);
  }

  /** The group has committed an offset for at least one of its partitions: its lag means something. */
  hasCommitted(): boolean {
    return hasCommitted(this.offsets);
  }

  /**
   * Records not yet processed: each partition's high watermark minus the position its owner has processed
   * to (the committed offset where no live member owns it). Kafka's consumer metric `records-lag`
   * (FetchManagerMetrics) counts from the fetch position; the processed position leaves out records still
   * in the poll being processed, which is what draining means. Unlike the committed lag it does not carry
   * the records processed since the last auto-commit.
   */
  backlog(): number {
    let backlog = 0;
    for (const topicName of this.subscribedTopics()) {
      const topic = this.topics.get(topicName)!;
      for (let p = 0; p < topic.partitionCount; p++) {
        let position = -1;
        for (let m = 0; m < this.members.length && position < 0; m++)
          position = this.members[m]!.processedPosition(topicName, p);
        if (position < 0) position = this.coordinator.committedOffset(topicName, p);
        if (position >= 0) backlog += Math.max(0, topic.highWatermark(p) - position);
      }
    }
    return backlog;
  }

  /** Lag in time: the age of the oldest record the group has not committed (groupOffsets.ts). */
  timeLagMs(nowMs: number): number {
    return timeLagMs(this.offsets, nowMs);
  }

  partitionLag(topicName: string, partition: number): number | null {
    return partitionLag(this.offsets, topicName, partition);
  }
}
