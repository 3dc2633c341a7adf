// java.lang.String.hashCode / compareTo and java.util.HashMap's iteration order, which the sticky assignors depend on.

/** String.hashCode(): s[0]*31^(n-1) + ... + s[n-1] over UTF-16 code units, as a signed 32-bit int. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** org.apache.kafka.common.TopicPartition.hashCode(). */
export function topicPartitionHash(topic: string, partition: number): number {
  return (Math.imul(31, (31 + partition) | 0) + javaStringHash(topic)) | 0;
}

/** String.compareTo: JavaScript's relational operators also compare UTF-16 code units, unlike localeCompare. */
export function compareJavaStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const DEFAULT_CAPACITY = 16;
const TREEIFY_THRESHOLD = 8;
const MIN_TREEIFY_CAPACITY = 64;

/**
 * The iteration order of a java.util.HashSet (a HashMap's keys) built with `new HashSet<>()`: buckets in index
 * order, each bucket's entries in insertion order (appending to a bin, unlinking from it and splitting it on
 * resize all keep that relative order). The table only grows: past 3/4 load, or when a bin reaches
 * TREEIFY_THRESHOLD entries while the table is smaller than MIN_TREEIFY_CAPACITY. A bin that Java would turn into
 * a red-black tree (9+ colliding entries in a 64+ table) iterates in a different order, not emulated: that needs
 * dozens of colliding hashes, far beyond the groups Franz builds.
 */
export class JavaHashSet<T> {
  private capacity = DEFAULT_CAPACITY;
  private nextSeq = 0;
  private readonly seqOf = new Map<T, number>();
  private binSizes = new Map<number, number>();

  constructor(private readonly hashOf: (t: T) => number) {}

  get size(): number {
    return this.seqOf.size;
  }

  has(t: T): boolean {
    return this.seqOf.has(t);
  }

  add(t: T): boolean {
    if (this.seqOf.has(t)) return false;
    const bin = this.binOf(t);
    const before = this.binSizes.get(bin) ?? 0;
    this.seqOf.set(t, this.nextSeq++);
    this.binSizes.set(bin, before + 1);
    if (before >= TREEIFY_THRESHOLD && this.capacity < MIN_TREEIFY_CAPACITY) this.resize();
    if (this.seqOf.size > (this.capacity * 3) / 4) this.resize();
    return true;
  }

  delete(t: T): boolean {
    if (!this.seqOf.delete(t)) return false;
    const bin = this.binOf(t);
    this.binSizes.set(bin, (this.binSizes.get(bin) ?? 1) - 1);
    return true;
  }

  /** The element `iterator().next()` returns. */
  first(): T | undefined {
    let best: T | undefined;
    let bestBin = Infinity;
    let bestSeq = Infinity;
    for (const [t, seq] of this.seqOf) {
      const bin = this.binOf(t);
      if (bin < bestBin || (bin === bestBin && seq < bestSeq)) {
        best = t;
        bestBin = bin;
        bestSeq = seq;
      }
    }
    return best;
  }

  toArray(): T[] {
    const items = [...this.seqOf].map(([t, seq]) => ({ t, seq, bin: this.binOf(t) }));
    items.sort((a, b) => a.bin - b.bin || a.seq - b.seq);
    return items.map((i) => i.t);
  }

  private binOf(t: T): number {
    const h = this.hashOf(t);
    return (h ^ (h >>> 16)) & (this.capacity - 1);
  }

  private resize(): void {
    this.capacity *= 2;
    this.binSizes = new Map();
    for (const t of this.seqOf.keys()) {
      const bin = this.binOf(t);
      this.binSizes.set(bin, (this.binSizes.get(bin) ?? 0) + 1);
    }
  }
}

/** Iteration order of a `new HashMap<String, V>()` whose keys were put in `keys` order. */
export function javaHashMapKeyOrder(keys: readonly string[]): string[] {
  const set = new JavaHashSet<string>(javaStringHash);
  for (const k of keys) set.add(k);
  return set.toArray();
}
