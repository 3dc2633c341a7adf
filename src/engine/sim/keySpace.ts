// Every record key the simulation knows, by id: its UTF-8 length and its murmur2 hash, computed once,
// so choosing a partition for a keyed record costs a table look-up, not a hash.
import { murmur2, toPositive, utf8 } from '../kafka/murmur2';

export const NULL_KEY = -1;

export class KeySpace {
  private names: string[] = [];
  private lengths = new Int32Array(64);
  private hashes = new Int32Array(64);

  get size(): number {
    return this.names.length;
  }

  /** Registers keys and returns the id of the first; ids of a call are consecutive. */
  register(keys: readonly string[]): number {
    const base = this.names.length;
    this.ensure(base + keys.length);
    for (let i = 0; i < keys.length; i++) {
      const bytes = utf8(keys[i]!);
      this.names.push(keys[i]!);
      this.lengths[base + i] = bytes.length;
      this.hashes[base + i] = toPositive(murmur2(bytes));
    }
    return base;
  }

  name(id: number): string | null {
    return id < 0 ? null : (this.names[id] ?? null);
  }

  /** Serialized key bytes; -1 for a null key, as the record format writes it. */
  length(id: number): number {
    return id < 0 ? -1 : this.lengths[id]!;
  }

  /** toPositive(murmur2(key)): BuiltInPartitioner.partitionForKey takes this modulo the partition count. */
  positiveHash(id: number): number {
    return this.hashes[id]!;
  }

  private ensure(capacity: number): void {
    if (capacity <= this.lengths.length) return;
    let next = this.lengths.length;
    while (next < capacity) next *= 2;
    const lengths = new Int32Array(next);
    lengths.set(this.lengths);
    const hashes = new Int32Array(next);
    hashes.set(this.hashes);
    this.lengths = lengths;
    this.hashes = hashes;
  }
}
