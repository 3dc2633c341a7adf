// The consumer's fetch requests and the broker's answer to them, as Kafka's Fetcher (AbstractFetch.prepareFetchRequests,
// sendFetches, FetchBuffer) and the leader's DelayedFetch do it: one fetch request at a time per broker, for the
// assigned partitions that broker leads and whose fetched records the application has taken (nothing buffered). The
// request takes half a round trip to the leader, waits there until fetch.min.bytes are readable (below the high
// watermark) or fetch.max.wait.ms has passed, is answered with at most max.partition.fetch.bytes per partition and
// fetch.max.bytes in all (at least one record, so the consumer moves on: KIP-74), and the answer takes half a round
// trip back; poll() then hands out what has arrived. Consumers fetch from the leader (no KIP-392 follower fetching).
// Records are counted one by one here, where Kafka's limits count whole record batches.
import type { PartitionLog } from '../log/partitionLog';
import type { ConsumerSettings } from './consumerSettings';
import type { TopicView } from './fetcher';

const IDLE = 0;
/** The request is on its way to the leader, or waiting there. */
const AT_LEADER = 1;
/** The answer is on its way back. */
const RETURNING = 2;

/** One broker's fetch request (reused: one per broker the consumer has fetched from). */
class NodeFetch {
  phase = IDLE;
  sentMs = 0;
  atLeaderMs = 0;
  arriveMs = 0;
  halfRttMs = 0;
  constructor(readonly brokerId: number) {}
}

export interface FetchNetwork {
  readonly settings: ConsumerSettings;
  /** The round trip in ms between the consumer's machine and broker `brokerId`'s. */
  roundTripMs(brokerId: number): number;
}

export class FetchRequests {
  /** Per assigned partition (the Fetcher's order): records up to this offset have arrived in the fetch buffer. */
  readonly bufferedEnd: number[] = [];
  /** Per assigned partition: the node of the request it is in (-1: none), and where that request's answer ends. */
  private readonly requestNode: number[] = [];
  private readonly responseEnd: number[] = [];
  private readonly nodes: NodeFetch[] = [];
  /** The bytes `endWithin` chose. */
  private chosenBytes = 0;

  constructor(private readonly net: FetchNetwork) {}

  /** A partition joins the assignment (at the end), fetching from `position`. */
  add(position: number): void {
    this.bufferedEnd.push(position);
    this.requestNode.push(-1);
    this.responseEnd.push(position);
  }

  remove(i: number): void {
    this.bufferedEnd.splice(i, 1);
    this.requestNode.splice(i, 1);
    this.responseEnd.splice(i, 1);
  }

  /** Every partition is gone: the requests on their way are forgotten (their answers would be dropped). */
  clear(): void {
    for (const node of this.nodes) node.phase = IDLE;
    this.bufferedEnd.length = 0;
    this.requestNode.length = 0;
    this.responseEnd.length = 0;
  }

  /** The position moved (a reset or a truncation): what was buffered for the partition is dropped. */
  seek(i: number, position: number): void {
    this.bufferedEnd[i] = position;
  }

  /**
   * Moves the requests on to `nowMs`: answers that arrived fill the buffer, partitions with nothing buffered go out in
   * a new request to their leader when it has none on its way, and requests at their leader are answered once they
   * may be (with no round trip all of it happens at once).
   */
  advance(
    nowMs: number,
    topics: readonly TopicView[],
    partitions: readonly number[],
    positions: readonly number[],
  ): void {
    this.receive(nowMs, topics, partitions, positions);
    this.sendFetches(nowMs, topics, partitions, positions);
  }

  /** The leaders answer the requests that may be answered now, and the answers that have arrived fill the buffer. */
  receive(
    nowMs: number,
    topics: readonly TopicView[],
    partitions: readonly number[],
    positions: readonly number[],
  ): void {
    this.answer(nowMs, topics, partitions, positions);
    this.deliver(nowMs);
  }

  /**
   * Fetcher.sendFetches, as poll() calls it after taking records from the buffer: a request to each broker with none
   * on its way, for the partitions it leads with nothing buffered.
   */
  sendFetches(
    nowMs: number,
    topics: readonly TopicView[],
    partitions: readonly number[],
    positions: readonly number[],
  ): void {
    this.send(nowMs, topics, partitions, positions);
    if (this.answer(nowMs, topics, partitions, positions)) this.deliver(nowMs);
  }

  /**
   * The earliest end of a tick at which `advance`, `receive` or `sendFetches` could change anything (for the
   * simulation's event skipping): a request reaching its leader, its fetch.max.wait.ms running out, its answer
   * arriving. `nowMs` (the next tick) when a request may go now, or a leader may answer now (fetch.min.bytes readable).
   */
  nextEventMs(
    nowMs: number,
    topics: readonly TopicView[],
    partitions: readonly number[],
    positions: readonly number[],
  ): number {
    const nodes = this.nodes;
    const requestNode = this.requestNode;
    for (let i = 0; i < requestNode.length; i++) {
      if (requestNode[i]! >= 0 || positions[i]! < this.bufferedEnd[i]!) continue;
      const leader = topics[i]!.leaderId(partitions[i]!);
      if (leader < 0) continue;
      // A partition with nothing buffered joins a request as soon as its leader's node has none on its way.
      const n = this.nodeIndexOf(leader);
      if (n < 0 || nodes[n]!.phase === IDLE) return nowMs;
    }
    let wake = Infinity;
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n]!;
      let w = Infinity;
      if (node.phase === RETURNING) w = node.arriveMs;
      else if (node.phase === AT_LEADER) {
        w = node.atLeaderMs;
        if (w <= nowMs) {
          w = node.atLeaderMs + this.net.settings.fetchMaxWaitMs;
          if (
            w <= nowMs ||
            this.fill(n, topics, partitions, positions, false) >= this.net.settings.fetchMinBytes
          )
            return nowMs;
        }
      }
      if (w < wake) wake = w;
    }
    return wake;
  }

  private nodeIndexOf(brokerId: number): number {
    const nodes = this.nodes;
    for (let n = 0; n < nodes.length; n++) if (nodes[n]!.brokerId === brokerId) return n;
    return -1;
  }

  private deliver(nowMs: number): void {
    const nodes = this.nodes;
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n]!;
      if (node.phase !== RETURNING || node.arriveMs > nowMs) continue;
      node.phase = IDLE;
      const requestNode = this.requestNode;
      for (let i = 0; i < requestNode.length; i++) {
        if (requestNode[i] !== n) continue;
        requestNode[i] = -1;
        this.bufferedEnd[i] = this.responseEnd[i]!;
      }
    }
  }

  private send(
    nowMs: number,
    topics: readonly TopicView[],
    partitions: readonly number[],
    positions: readonly number[],
  ): void {
    const requestNode = this.requestNode;
    for (let i = 0; i < requestNode.length; i++) {
      // In a request already, or records still buffered for the application.
      if (requestNode[i]! >= 0 || positions[i]! < this.bufferedEnd[i]!) continue;
      const leader = topics[i]!.leaderId(partitions[i]!);
      if (leader < 0) continue;
      const n = this.nodeIndex(leader);
      const node = this.nodes[n]!;
      // One request per broker at a time; partitions found in the same pass join the one being made.
      if (node.phase !== IDLE && !(node.phase === AT_LEADER && node.sentMs === nowMs)) continue;
      if (node.phase === IDLE) {
        node.phase = AT_LEADER;
        node.sentMs = nowMs;
        node.halfRttMs = this.net.roundTripMs(leader) / 2;
        node.atLeaderMs = nowMs + node.halfRttMs;
      }
      requestNode[i] = n;
      this.bufferedEnd[i] = positions[i]!;
    }
  }

  /** DelayedFetch at each leader the requests have reached; true when some answer left. */
  private answer(
    nowMs: number,
    topics: readonly TopicView[],
    partitions: readonly number[],
    positions: readonly number[],
  ): boolean {
    const s = this.net.settings;
    const nodes = this.nodes;
    let answered = false;
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n]!;
      if (node.phase !== AT_LEADER || node.atLeaderMs > nowMs) continue;
      // DelayedFetch.tryComplete: enough bytes readable, or fetch.max.wait.ms is up.
      if (nowMs < node.atLeaderMs + s.fetchMaxWaitMs) {
        const readable = this.fill(n, topics, partitions, positions, false);
        if (readable < s.fetchMinBytes) continue;
      }
      this.fill(n, topics, partitions, positions, true);
      node.phase = RETURNING;
      node.arriveMs = nowMs + node.halfRttMs;
      answered = true;
    }
    return answered;
  }

  /**
   * The answer of node `n`'s request as the leader would read it now: per partition whole records from the fetch
   * position up to the high watermark, at most max.partition.fetch.bytes, and fetch.max.bytes in all, the first
   * record always. Returns its bytes; with `write`, sets where each partition's part ends.
   */
  private fill(
    n: number,
    topics: readonly TopicView[],
    partitions: readonly number[],
    positions: readonly number[],
    write: boolean,
  ): number {
    const s = this.net.settings;
    const requestNode = this.requestNode;
    let total = 0;
    for (let i = 0; i < requestNode.length; i++) {
      if (requestNode[i] !== n) continue;
      const from = positions[i]!;
      const topic = topics[i]!;
      const p = partitions[i]!;
      const hw = topic.highWatermark(p);
      let end = from;
      const room = s.fetchMaxBytes - total;
      if (hw > from && (room > 0 || total === 0)) {
        const limit = s.maxPartitionFetchBytes < room ? s.maxPartitionFetchBytes : room;
        end = this.endWithin(topic.partitions[p]!, from, hw, limit);
        total += this.chosenBytes;
      }
      if (write) this.responseEnd[i] = end;
    }
    return total;
  }

  /** Where records from `from` end within `maxBytes` (the first record whatever its size); their bytes in chosenBytes. */
  private endWithin(log: PartitionLog, from: number, hw: number, maxBytes: number): number {
    let count = log.liveRecordsIn(from, hw);
    let end = hw;
    let bytes = log.bytesInRange(from, hw);
    while (bytes > maxBytes && count > 1) {
      const fit = Math.floor((count * maxBytes) / bytes);
      count = fit < 1 ? 1 : fit < count ? fit : count - 1;
      end = log.offsetAfterLiveRecords(from, count, hw);
      bytes = log.bytesInRange(from, end);
    }
    this.chosenBytes = bytes;
    return end;
  }

  private nodeIndex(brokerId: number): number {
    const nodes = this.nodes;
    for (let n = 0; n < nodes.length; n++) if (nodes[n]!.brokerId === brokerId) return n;
    nodes.push(new NodeFetch(brokerId));
    return nodes.length - 1;
  }
}
