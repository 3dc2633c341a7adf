// What zombie leaders acknowledged (acks=0/1) after the controller had elected another leader. Those records are in
// no log but the zombie's own, so when it reconnects and truncates to the real leader's log (KIP-101/279) they are
// gone: acknowledged and lost.

/** Per zombie broker: acknowledged records by producer, waiting for its truncation. */
export class ZombieWrites {
  private readonly byBroker = new Map<number, Map<number, number>>();

  /** `producer` was answered for `count` records written only to the zombie `brokerId`. */
  acknowledged(brokerId: number, producer: number, count: number): void {
    let perProducer = this.byBroker.get(brokerId);
    if (perProducer === undefined) {
      perProducer = new Map();
      this.byBroker.set(brokerId, perProducer);
    }
    perProducer.set(producer, (perProducer.get(producer) ?? 0) + count);
  }

  /** The zombie truncated its log: everything it acknowledged alone is lost. Calls `lost` per producer; returns the total. */
  truncated(brokerId: number, lost: (producer: number, n: number) => void): number {
    const perProducer = this.byBroker.get(brokerId);
    if (perProducer === undefined) return 0;
    this.byBroker.delete(brokerId);
    let total = 0;
    for (const [producer, n] of perProducer) {
      lost(producer, n);
      total += n;
    }
    return total;
  }
}
