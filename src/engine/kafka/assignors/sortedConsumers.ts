// java.util.TreeSet<String> with AbstractStickyAssignor.SubscriptionComparator: members by partition count, then memberId.

import { compareJavaStrings } from './javaHash';

/**
 * The comparator reads live partition counts, so (as in Java) a member must be removed before its count changes
 * and added back afterwards; a sorted array with binary search stands in for the red-black tree.
 */
export class SortedConsumers {
  private readonly list: string[] = [];

  constructor(private readonly sizeOf: (consumer: string) => number) {}

  private compare(a: string, b: string): number {
    return this.sizeOf(a) - this.sizeOf(b) || compareJavaStrings(a, b);
  }

  /** Index of `consumer`, or -(insertion point) - 1, as Collections.binarySearch reports it. */
  private search(consumer: string): number {
    let lo = 0;
    let hi = this.list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compare(this.list[mid]!, consumer);
      if (c < 0) lo = mid + 1;
      else if (c > 0) hi = mid - 1;
      else return mid;
    }
    return -lo - 1;
  }

  add(consumer: string): void {
    const i = this.search(consumer);
    if (i < 0) this.list.splice(-i - 1, 0, consumer);
  }

  remove(consumer: string): void {
    const i = this.search(consumer);
    if (i >= 0) this.list.splice(i, 1);
  }

  first(): string | undefined {
    return this.list[0];
  }

  last(): string | undefined {
    return this.list[this.list.length - 1];
  }

  /** Ascending; callers must not add or remove while iterating. */
  items(): readonly string[] {
    return this.list;
  }
}
