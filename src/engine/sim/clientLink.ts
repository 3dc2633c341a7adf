// The network link of a client's own machine (a source's, sink's or processor's `networkMBps`): a token bucket like a
// broker's links, refilled as simulated time passes. Hosts have full-duplex NICs, so a processor has one of these for
// its consumers' fetches (in) and another for its producer's requests (out), each at networkMBps.
import { Bandwidth } from './cluster/bandwidth';
import { BYTES_PER_MB } from './cluster/brokerRuntime';

export class ClientLink {
  /** The link, or null when the design leaves it unlimited (nothing to wait for, nothing to count). */
  bandwidth: Bandwidth | null = null;
  private refilledMs: number;

  constructor(networkMBps: number | null, nowMs: number) {
    this.refilledMs = nowMs;
    this.configure(networkMBps);
  }

  /** A new networkMBps applies from now; null lifts the limit. */
  configure(networkMBps: number | null): void {
    if (networkMBps === null) {
      this.bandwidth = null;
      return;
    }
    this.bandwidth ??= new Bandwidth();
    this.bandwidth.setRate(networkMBps * BYTES_PER_MB);
  }

  /** Adds what the link carries between the last refill and `nowMs`. */
  refill(nowMs: number): void {
    const dt = nowMs - this.refilledMs;
    this.refilledMs = nowMs;
    if (this.bandwidth !== null && dt > 0) this.bandwidth.refill(dt);
  }

  /** `ticks` idle ticks of `tickMs` ending at `nowMs`, refilled one by one as each tick's refill would have. */
  refillTicks(tickMs: number, ticks: number, nowMs: number): void {
    this.refilledMs = nowMs;
    if (this.bandwidth !== null) this.bandwidth.refillTicks(tickMs, ticks);
  }
}
