// What the fluid mode keeps for each partition of a topic beside its log: the batch header bytes per record of the
// last run appended (RECORD_BATCH_OVERHEAD over a batch's records), and what this step appended, so the followers'
// fetch of a step's records costs no walk over the segments.
import type { PartitionLog } from '../../kafka/log/partitionLog';

export class FluidPartitions {
  readonly headers: Float64Array;
  /** The log end offset when this step began, and the key and value bytes appended since. */
  private readonly stepFrom: Float64Array;
  readonly stepBytes: Float64Array;

  constructor(partitions: number, kept: FluidPartitions | undefined) {
    this.headers = new Float64Array(partitions);
    this.stepFrom = new Float64Array(partitions);
    this.stepBytes = new Float64Array(partitions);
    if (kept) this.headers.set(kept.headers.subarray(0, partitions));
  }

  startStep(logs: readonly PartitionLog[]): void {
    for (let p = 0; p < this.stepFrom.length; p++) {
      this.stepFrom[p] = logs[p]!.logEndOffset;
      this.stepBytes[p] = 0;
    }
  }

  /** The bytes a follower fetch of [from, to) carries from partition `p`'s log: key and value bytes, batch headers. */
  fetchBytes(log: PartitionLog, p: number, from: number, to: number): number {
    const records =
      from === this.stepFrom[p] && to === log.logEndOffset ? this.stepBytes[p]! : log.bytesInRange(from, to);
    return records + this.headers[p]! * (to - from);
  }
}
