// Kafka's Fetcher over SubscriptionState: the assigned partitions, a position in each, one poll's records.
import type { PartitionLog } from '../log/partitionLog';
import type { GroupCoordinator } from './groupCoordinator';
import type { ConsumerSettings } from './consumerSettings';
import type { Assignment } from './types';
import { ownValue } from '../../model/nameRecord';
import type { EventSink } from '../../common/events';
import { FetchRequests } from './fetchRequests';

/** A topic as the consumer sees it through metadata: its partition logs, readable up to the high watermark. */
export interface TopicView {
  readonly name: string;
  readonly partitions: readonly PartitionLog[];
  highWatermark(partition: number): number;
  /** The broker id of the partition's leader, -1 while it has none. */
  leaderId(partition: number): number;
  /** The partition has a leader whose broker can serve a fetch now. */
  readable(partition: number): boolean;
  /** How many times the partition's log was truncated (a leader with a shorter log took over). */
  truncations(partition: number): number;
  /** Where the last truncation cut the partition's log: the end of the logs' common part. */
  truncatedTo(partition: number): number;
  /** Bytes the leader's network can still send this tick (a fetch returns at least one record beyond it). */
  fetchRoom(partition: number): number;
  /** A fetch moved `bytes` out of the leader's broker. */
  fetched(partition: number, bytes: number): void;
  /**
   * Stored / uncompressed size of the partition's last batch (1 when uncompressed): the log keeps compressed sizes,
   * a consumer that needs a record's own size (a processor copying it) decompresses with this.
   */
  storedRatio(partition: number): number;
  /** Some record of the topic cannot be deserialized (`firstPoisonIn` answers which); false for nearly every topic. */
  readonly hasPoison: boolean;
  /** The first offset in [from, end) of `partition` holding a record consumers cannot deserialize; -1 when none. */
  firstPoisonIn(partition: number, from: number, end: number): number;
}

/** The network link of the consumer's own machine: what it can still receive this tick, and what it received. */
export interface ConsumerLink {
  readonly budget: number;
  use(bytes: number): void;
}

/** What fetching needs from the consumer around it. */
export interface FetchContext {
  /** The receive side of the consumers' machine's network link (networkMBps); null when unlimited. */
  readonly link: ConsumerLink | null;
  readonly coordinator: GroupCoordinator;
  readonly settings: ConsumerSettings;
  readonly emit: EventSink;
  /** The network round trip in ms between the consumer's machine and broker `brokerId`'s (client.rack, broker.rack). */
  roundTripMs(brokerId: number): number;
  /** Records handed to the application by poll(); the group counts redeliveries here. */
  onDelivered(topic: TopicView, partition: number, fromOffset: number, count: number): void;
  /** poll() cannot deserialize the record at `offset` (KIP-334); true: it went to a dead-letter topic, seek past it. */
  onPoison(topic: TopicView, partition: number, offset: number): boolean;
  /** A position below the log start (retention deleted its records) was reset past `records` never read. */
  onLostToRetention(records: number): void;
  /**
   * The fluid mode's step, ms (0 or absent: per record). In fluid mode a poll reads up to the high watermark at once:
   * the fetch requests' round trips are shorter than a step, so they are not modelled.
   */
  readonly fluidStepMs?: number;
}

export class Fetcher {
  /** The assigned partitions, in assignment order, with this consumer's fetch position for each. */
  readonly assignedTopics: TopicView[] = [];
  readonly assignedPartitions: number[] = [];
  readonly positions: number[] = [];
  /** The partition's truncation count as of this consumer's last fetch from it. */
  private readonly seenTruncations: number[] = [];
  private fetchCursor = 0;

  /**
   * The records of the last poll, per partition, until the application has processed them: `batchCount` live
   * records (`batchBytes` bytes) in offsets [batchFrom, batchEnd) of batchTopic-batchPartition. Columns, so
   * that a poll allocates nothing.
   */
  readonly batchTopic: TopicView[] = [];
  readonly batchPartition: number[] = [];
  readonly batchFrom: number[] = [];
  readonly batchEnd: number[] = [];
  readonly batchCount: number[] = [];
  readonly batchBytes: number[] = [];
  private batchLength = 0;
  /**
   * How far the application got through the poll's records, which it processes one by one in order: every
   * record of entries before `processedEntry`, and of that entry those before `processedOffset`.
   */
  private processedEntry = 0;
  private processedOffset = 0;
  /** Records of entry `processedEntry` not yet processed. */
  private entryLeft = 0;

  /** The range the last `nextProcessed` call covered: `rangeTopic`-`rangePartition` [rangeFrom, rangeEnd). */
  rangeTopic: TopicView | null = null;
  rangePartition = 0;
  rangeFrom = 0;
  rangeEnd = 0;
  rangeBytes = 0;

  /** The fetch requests on their way and what their answers put in the fetch buffer. */
  private readonly requests: FetchRequests;

  constructor(private readonly ctx: FetchContext) {
    this.requests = new FetchRequests(ctx);
  }

  /** Moves the fetch requests on to `nowMs` (answers arrive, new requests go, leaders answer). */
  advanceFetches(nowMs: number): void {
    if (this.assignedTopics.length === 0) return;
    this.requests.advance(nowMs, this.assignedTopics, this.assignedPartitions, this.positions);
  }

  /**
   * The earliest end of a tick at which `advanceFetches` or (when `polling`) `fetch` could change anything (for the
   * simulation's event skipping): `nowMs` (the next tick) while a poll would hand out records or reset or validate a
   * position, else when the fetch requests next move.
   */
  nextEventMs(nowMs: number, polling: boolean): number {
    const n = this.assignedTopics.length;
    if (n === 0) return Infinity;
    const buffered = this.requests.bufferedEnd;
    for (let i = 0; polling && i < n; i++) {
      const topic = this.assignedTopics[i]!;
      const p = this.assignedPartitions[i]!;
      const position = this.positions[i]!;
      if (position < topic.partitions[p]!.logStartOffset) return nowMs;
      if (topic.truncations(p) !== this.seenTruncations[i]) return nowMs;
      const hw = topic.highWatermark(p);
      if ((buffered[i]! < hw ? buffered[i]! : hw) > position) return nowMs;
    }
    return this.requests.nextEventMs(nowMs, this.assignedTopics, this.assignedPartitions, this.positions);
  }

  /** How many partitions the last poll's records came from (0 once processed). */
  get batchSize(): number {
    return this.batchLength;
  }

  clearBatch(): void {
    this.batchLength = 0;
    this.processedEntry = 0;
  }

  /**
   * Marks up to `max` more of the poll's records processed, within one partition: fills the range fields and
   * returns how many records it covers (0 when the poll is done).
   */
  nextProcessed(max: number): number {
    const b = this.processedEntry;
    if (b >= this.batchLength || max <= 0) return 0;
    const topic = this.batchTopic[b]!;
    const p = this.batchPartition[b]!;
    const from = this.processedOffset;
    const entryEnd = this.batchEnd[b]!;
    const whole = max >= this.entryLeft;
    const count = whole ? this.entryLeft : max;
    const end = whole ? entryEnd : topic.partitions[p]!.offsetAfterLiveRecords(from, count, entryEnd);
    this.rangeTopic = topic;
    this.rangePartition = p;
    this.rangeFrom = from;
    this.rangeEnd = end;
    // A whole poll entry carries its fetched size; a part of one is measured.
    this.rangeBytes =
      whole && from === this.batchFrom[b]
        ? this.batchBytes[b]!
        : topic.partitions[p]!.bytesInRange(from, end);
    if (whole) this.startEntry(b + 1);
    else {
      this.processedOffset = end;
      this.entryLeft -= count;
    }
    return count;
  }

  /**
   * The records of the poll still unprocessed whose offsets the group has committed: a consumer that stops now
   * never processes them, and nobody else will (commit before processing: at most once).
   */
  unprocessedButCommitted(): number {
    let skipped = 0;
    for (let b = this.processedEntry; b < this.batchLength; b++) {
      const topic = this.batchTopic[b]!;
      const p = this.batchPartition[b]!;
      const from = b === this.processedEntry ? this.processedOffset : this.batchFrom[b]!;
      const committed = this.ctx.coordinator.committedOffset(topic.name, p);
      const end = committed < this.batchEnd[b]! ? committed : this.batchEnd[b]!;
      if (end > from) skipped += topic.partitions[p]!.liveRecordsIn(from, end);
    }
    return skipped;
  }

  private startEntry(b: number): void {
    this.processedEntry = b;
    if (b < this.batchLength) {
      this.processedOffset = this.batchFrom[b]!;
      this.entryLeft = this.batchCount[b]!;
    }
  }

  /**
   * poll(): hands up to max.poll.records of the records that fetches brought (the fetch buffer) to the application,
   * advancing the positions. Returns the number of records handed to the application.
   */
  fetch(nowMs: number, maxPollRecords: number = this.ctx.settings.maxPollRecords): number {
    const n = this.assignedTopics.length;
    if (n === 0) return 0;
    const requests = this.requests;
    const direct = (this.ctx.fluidStepMs ?? 0) > 0;
    if (!direct) requests.receive(nowMs, this.assignedTopics, this.assignedPartitions, this.positions);
    const buffered = requests.bufferedEnd;
    let budget = maxPollRecords;
    this.batchLength = 0;
    const link = this.ctx.link;
    // Drain one partition's fetched records before moving to the next, as the fetch buffer does.
    for (let visited = 0; visited < n && budget > 0; visited++) {
      // The consumer's own link has carried all it can this tick: the fetch returns what it has so far.
      if (link !== null && link.budget <= 0) break;
      const i = (this.fetchCursor + visited) % n;
      const topic = this.assignedTopics[i]!;
      const p = this.assignedPartitions[i]!;
      const log = topic.partitions[p]!;
      if (!topic.readable(p)) continue;
      let position = this.positions[i]!;
      if (position < log.logStartOffset)
        position = this.resetPosition(topic, p, 'fetch position is below the log start offset', position);
      const truncations = topic.truncations(p);
      if (truncations !== this.seenTruncations[i]) {
        this.seenTruncations[i] = truncations;
        position = this.validatePosition(topic, p, i, position);
      }
      let hw = topic.highWatermark(p);
      // Only what has arrived: up to where the last answer for this partition ended.
      if (!direct && buffered[i]! < hw) hw = buffered[i]!;
      if (hw <= position) continue;
      // FetchCollector hands out the records before one it cannot deserialize, then throws at it (KIP-334): the
      // position stays there, the other partitions go on; a dead-letter topic takes it and the consumer seeks past.
      const poison = topic.hasPoison ? topic.firstPoisonIn(p, position, hw) : -1;
      if (poison === position) {
        if (this.ctx.onPoison(topic, p, position)) this.requests.seek(i, (this.positions[i] = position + 1));
        continue;
      }
      if (poison > position) hw = poison;
      // A compacted log has gaps where the cleaner removed records: the fetch returns live records only.
      const available = log.liveRecordsIn(position, hw);
      if (available <= 0) {
        this.positions[i] = hw;
        continue;
      }
      let count = available < budget ? available : budget;
      let end = count === available ? hw : log.offsetAfterLiveRecords(position, count, hw);
      let bytes = log.bytesInRange(position, end);
      // The leader's link sends what it (and the consumer's own link) has room for, at least one record so the fetch
      // makes progress (KIP-74).
      let room = topic.fetchRoom(p);
      if (link !== null && link.budget < room) room = link.budget;
      while (bytes > room && count > 1) {
        const fit = Math.floor((count * room) / bytes);
        count = fit < 1 ? 1 : fit < count ? fit : count - 1;
        end = log.offsetAfterLiveRecords(position, count, hw);
        bytes = log.bytesInRange(position, end);
      }
      budget -= count;
      this.ctx.onDelivered(topic, p, position, end - position);
      topic.fetched(p, bytes);
      if (link !== null) link.use(bytes);
      const b = this.batchLength++;
      this.batchTopic[b] = topic;
      this.batchPartition[b] = p;
      this.batchFrom[b] = position;
      this.batchEnd[b] = end;
      this.batchCount[b] = count;
      this.batchBytes[b] = bytes;
      this.positions[i] = end;
      if (budget === 0) this.fetchCursor = end < hw ? i : (i + 1) % n;
    }
    // The next fetches go once this poll has taken its records (the partitions it emptied join them).
    if (!direct) requests.sendFetches(nowMs, this.assignedTopics, this.assignedPartitions, this.positions);
    if (this.batchLength === 0) return 0;
    this.startEntry(0);
    return maxPollRecords - budget;
  }

  /**
   * The position after the records the application has processed: what a commit after processing commits
   * (and auto-commit, which runs in poll() once the previous poll's records are done).
   */
  consumedPosition(i: number): number {
    for (let b = this.processedEntry; b < this.batchLength; b++) {
      if (
        this.batchTopic[b] === this.assignedTopics[i] &&
        this.batchPartition[b] === this.assignedPartitions[i]
      )
        return b === this.processedEntry ? this.processedOffset : this.batchFrom[b]!;
    }
    return this.positions[i]!;
  }

  /** Starts fetching a newly assigned partition: from the group's committed offset, else per auto.offset.reset. */
  assign(topic: TopicView, p: number): void {
    if (this.indexOf(topic, p) >= 0) return;
    this.assignedTopics.push(topic);
    this.assignedPartitions.push(p);
    this.seenTruncations.push(topic.truncations(p));
    const committed = this.ctx.coordinator.committedOffset(topic.name, p);
    const log = topic.partitions[p]!;
    if (committed >= log.logStartOffset && committed <= log.logEndOffset) this.positions.push(committed);
    else {
      this.positions.push(0);
      this.requests.add(0);
      this.resetPosition(topic, p, committed < 0 ? null : 'committed offset is out of range', committed);
      return;
    }
    this.requests.add(committed);
  }

  /** Drops the partitions `assignment` no longer holds; true if any was dropped. */
  retainOnly(assignment: Assignment): boolean {
    let revoked = false;
    for (let i = this.assignedTopics.length - 1; i >= 0; i--) {
      const list = ownValue(assignment, this.assignedTopics[i]!.name);
      if (!list || !list.includes(this.assignedPartitions[i]!)) {
        this.drop(i);
        revoked = true;
      }
    }
    return revoked;
  }

  /** Every partition is revoked (or lost), and the records not yet processed with them. */
  clear(): void {
    this.clearAssignment();
    this.clearBatch();
  }

  /** Every partition is lost; records already handed to the application stay with it. */
  clearAssignment(): void {
    this.assignedTopics.length = 0;
    this.assignedPartitions.length = 0;
    this.positions.length = 0;
    this.seenTruncations.length = 0;
    this.requests.clear();
    this.fetchCursor = 0;
  }

  /**
   * KIP-320: after a leader change the consumer checks its position against the new leader's log; if the log was cut
   * below it, the consumer seeks back to where the logs agree (with a reset policy set, as here) and reads on from there.
   */
  private validatePosition(topic: TopicView, p: number, i: number, position: number): number {
    const end = topic.truncatedTo(p);
    if (position <= end) return position;
    this.positions[i] = end;
    this.requests.seek(i, end);
    this.ctx.emit(
      'offset-reset',
      this.ctx.coordinator.groupId,
      `${topic.name}-${p}: truncation detected, the logs agree up to offset ${end}; position ${position} reset to ${end}`,
    );
    return end;
  }

  /** auto.offset.reset: earliest is the log start offset, latest the high watermark; `from` is the position it left. */
  private resetPosition(topic: TopicView, p: number, why: string | null, from: number): number {
    const i = this.indexOf(topic, p);
    const log = topic.partitions[p]!;
    const earliest = this.ctx.settings.autoOffsetReset === 'earliest';
    const position = earliest ? log.logStartOffset : topic.highWatermark(p);
    this.positions[i] = position;
    this.requests.seek(i, position);
    if (from >= 0 && from < log.logStartOffset) this.ctx.onLostToRetention(position - from);
    // A partition the group never committed starts at the reset position quietly; an out-of-range one is news.
    if (why !== null)
      this.ctx.emit(
        'offset-reset',
        this.ctx.coordinator.groupId,
        `${topic.name}-${p}: ${why}; reset to ${this.ctx.settings.autoOffsetReset} offset ${position}`,
      );
    return position;
  }

  private indexOf(topic: TopicView, p: number): number {
    for (let i = 0; i < this.assignedTopics.length; i++)
      if (this.assignedTopics[i] === topic && this.assignedPartitions[i] === p) return i;
    return -1;
  }

  private drop(i: number): void {
    this.assignedTopics.splice(i, 1);
    this.assignedPartitions.splice(i, 1);
    this.positions.splice(i, 1);
    this.seenTruncations.splice(i, 1);
    this.requests.remove(i);
    this.fetchCursor = 0;
  }
}
