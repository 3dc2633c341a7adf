// A group's committed offsets as its coordinator keeps them in `__consumer_offsets` (the offsets side of Kafka's
// group coordinator, OffsetMetadataManager): per topic, per partition, -1 where the group never committed.
export class CommittedOffsets {
  private readonly byTopic = new Map<string, number[]>();
  /**
   * Told of each offset stored: what a reader of `__consumer_offsets` (a lag monitor such as LinkedIn's Burrow)
   * sees of the group.
   */
  onCommit: ((topic: string, partition: number, offset: number) => void) | null = null;

  store(topic: string, partition: number, offset: number): void {
    this.forTopic(topic, partition + 1)[partition] = offset;
    if (this.onCommit) this.onCommit(topic, partition, offset);
  }

  offset(topic: string, partition: number): number {
    return this.byTopic.get(topic)?.[partition] ?? -1;
  }

  /** The topic's offsets, grown to at least `partitions` (-1 for the new ones). */
  forTopic(topic: string, partitions: number): number[] {
    let offsets = this.byTopic.get(topic);
    if (!offsets) this.byTopic.set(topic, (offsets = []));
    while (offsets.length < partitions) offsets.push(-1);
    return offsets;
  }

  topics(): string[] {
    return [...this.byTopic.keys()];
  }
}
