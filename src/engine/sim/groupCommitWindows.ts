// What LinkedIn Burrow would have stored about one consumer group (its InMemoryStorage, see
// metrics/commitWindow.ts): per partition the last 10 commits the group coordinator accepted (what Burrow reads
// from __consumer_offsets), each with its lag, and the partition's log end every offset-refresh (10 s).
// Burrow measures a commit's lag against the newest broker offset it fetched, up to offset-refresh old; here
// against the high watermark at the commit itself (a fetch as fresh as the commit), so that a consumer falling
// behind shows a lag that grows from commit to commit, not the saw-tooth a stale broker offset gives
// (linkedin/Burrow#155). Memory is fixed per partition; a commit writes three numbers into typed arrays.
import { BrokerOffsetRing, BURROW_OFFSET_REFRESH_MS, CommitWindow } from '../metrics/commitWindow';

/** The broker offset Burrow uses: ListOffsets' latest, which for a consumer is the high watermark. */
export interface LogEndSource {
  readonly partitionCount: number;
  highWatermark(partition: number): number;
}

export class GroupCommitWindows {
  private readonly commits = new Map<string, CommitWindow[]>();
  private readonly logEnds = new Map<string, BrokerOffsetRing[]>();
  /** When the log ends are next sampled: at the group's first tick, then every offset-refresh (10 s, 20 s, ...). */
  nextRefreshMs = 0;

  /** A commit the coordinator accepted: `offset` for `topic`-`partition` at `nowMs`, the log ending at `logEnd`. */
  record(topic: string, partition: number, offset: number, logEnd: number, nowMs: number): void {
    let windows = this.commits.get(topic);
    if (!windows) this.commits.set(topic, (windows = []));
    while (windows.length <= partition) windows.push(new CommitWindow());
    windows[partition]!.record(offset, logEnd, nowMs);
  }

  /** Burrow's cluster module fetching every partition's log end; a deleted topic's history goes (as Burrow drops it). */
  refresh(
    nowMs: number,
    topics: readonly string[],
    topicOf: (name: string) => LogEndSource | undefined,
  ): void {
    this.nextRefreshMs = (Math.floor(nowMs / BURROW_OFFSET_REFRESH_MS) + 1) * BURROW_OFFSET_REFRESH_MS;
    for (const name of this.commits.keys()) if (!topicOf(name)) this.forget(name);
    for (const name of topics) {
      const topic = topicOf(name);
      if (!topic) continue;
      let rings = this.logEnds.get(name);
      if (!rings) this.logEnds.set(name, (rings = []));
      while (rings.length < topic.partitionCount) rings.push(new BrokerOffsetRing());
      for (let p = 0; p < topic.partitionCount; p++) rings[p]!.push(topic.highWatermark(p));
    }
  }

  /** The partition's span of commits; undefined before its first commit. */
  span(topic: string, partition: number): CommitWindow | undefined {
    const w = this.commits.get(topic)?.[partition];
    return w && w.length > 0 ? w : undefined;
  }

  /** The partition's recent log ends, oldest first; null before the first refresh. */
  logEndsOf(topic: string, partition: number): BrokerOffsetRing | null {
    return this.logEnds.get(topic)?.[partition] ?? null;
  }

  private forget(topic: string): void {
    this.commits.delete(topic);
    this.logEnds.delete(topic);
  }
}
