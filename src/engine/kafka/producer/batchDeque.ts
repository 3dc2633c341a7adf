// The accumulator's deque of one partition (RecordAccumulator's ArrayDeque<ProducerBatch>): cheap at both ends.
import type { ProducerBatch } from './producerBatch';

export class BatchDeque {
  private items: (ProducerBatch | undefined)[] = new Array<ProducerBatch | undefined>(16);
  private head = 0;
  private n = 0;

  get length(): number {
    return this.n;
  }

  at(i: number): ProducerBatch {
    return this.items[(this.head + i) & (this.items.length - 1)]!;
  }

  peekFirst(): ProducerBatch | undefined {
    return this.n > 0 ? this.at(0) : undefined;
  }

  addLast(b: ProducerBatch): void {
    if (this.n === this.items.length) this.grow();
    this.items[(this.head + this.n) & (this.items.length - 1)] = b;
    this.n++;
  }

  addFirst(b: ProducerBatch): void {
    if (this.n === this.items.length) this.grow();
    this.head = (this.head - 1) & (this.items.length - 1);
    this.items[this.head] = b;
    this.n++;
  }

  pollFirst(): ProducerBatch | undefined {
    if (this.n === 0) return undefined;
    const b = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) & (this.items.length - 1);
    this.n--;
    return b;
  }

  /** Inserts at position `i` (0 = first); rare (a retried batch finding its place in sequence order). */
  insertAt(i: number, b: ProducerBatch): void {
    if (i === 0) return this.addFirst(b);
    if (i === this.n) return this.addLast(b);
    const all = this.toArray();
    all.splice(i, 0, b);
    this.reset(all);
  }

  clear(): void {
    this.reset([]);
  }

  toArray(): ProducerBatch[] {
    const out: ProducerBatch[] = [];
    for (let i = 0; i < this.n; i++) out.push(this.at(i));
    return out;
  }

  private reset(list: ProducerBatch[]): void {
    let cap = 16;
    while (cap < list.length) cap *= 2;
    this.items = new Array<ProducerBatch | undefined>(cap);
    for (let i = 0; i < list.length; i++) this.items[i] = list[i];
    this.head = 0;
    this.n = list.length;
  }

  private grow(): void {
    const list = this.toArray();
    this.items = new Array<ProducerBatch | undefined>(this.items.length * 2);
    for (let i = 0; i < list.length; i++) this.items[i] = list[i];
    this.head = 0;
  }
}
