/**
 * How many spare snapshot buffers the worker keeps. The page holds two and gives the rest back four at a
 * time, so about seven buffers circulate in a steady stream; eight spares cover it.
 */
export const POOL_LIMIT = 8;

/**
 * Snapshot buffers go to the page by transfer and come back when it is done with them, so a steady
 * stream of snapshots allocates nothing. A buffer of another length (the layout changed) is dropped.
 */
export class BufferPool {
  private readonly spare: Float64Array[] = [];
  private size = 0;

  /** A buffer `length` long: a returned one when there is one, else a new one. */
  take(length: number): Float64Array {
    if (length !== this.size) this.resize(length);
    return this.spare.pop() ?? new Float64Array(length);
  }

  give(buffer: Float64Array): void {
    if (buffer.length === this.size && this.spare.length < POOL_LIMIT) this.spare.push(buffer);
  }

  get available(): number {
    return this.spare.length;
  }

  private resize(length: number): void {
    this.size = length;
    this.spare.length = 0;
  }
}
