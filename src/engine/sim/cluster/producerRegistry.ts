// Every producer of the simulation by the number its records carry in the log, so the cluster can tell a producer
// what happened to its records.
import type { ProducerRuntime } from '../producerRuntime';
import type { DeliveryLedger } from './partitionReplicas';
import { MAX_PRODUCERS } from '../../kafka/log/producerTag';

export class ProducerRegistry implements DeliveryLedger {
  private readonly slots: (ProducerRuntime | undefined)[] = [];
  private created = 0;

  /** Numbers are reused after MAX_PRODUCERS producers: only the newest owner of a number is told. */
  register(producer: ProducerRuntime): void {
    const index = this.created++ % MAX_PRODUCERS;
    producer.index = index;
    this.slots[index] = producer;
  }

  /** The client id of the producer numbered `producer` (its newest owner); null when unknown. */
  clientIdOf(producer: number): string | null {
    return producer < 0 ? null : (this.slots[producer]?.clientId ?? null);
  }

  waitsForIsr(producer: number): boolean {
    return this.slots[producer]?.settings.acks === 'all';
  }

  lost(producer: number, n: number): void {
    const p = this.slots[producer];
    if (p) p.recordsLost += n;
  }
}
