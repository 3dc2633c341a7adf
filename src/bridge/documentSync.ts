import type { PipelineDocument } from '../engine';
import type { Clock } from '../protocol/clock';
import type { FranzStore } from '../store/store';
import { movedOnly } from './movedOnly';

/** Design changes within this many milliseconds (a drag, typing) reach the worker as one update. */
export const UPDATE_DELAY_MS = 50;

export interface DocumentTarget {
  /** An edit of the running design: applied live. */
  update(doc: PipelineDocument): void;
  /** A different design (import, share link): the simulation starts over. */
  replace(doc: PipelineDocument): void;
}

/** Sends the store's design to the worker when it changes, coalesced, skipping mere moves. */
export class DocumentSync {
  private sent: PipelineDocument | null = null;
  private sentEpoch = -1;
  private timer: unknown = null;

  constructor(
    private readonly store: FranzStore,
    private readonly target: DocumentTarget,
    private readonly clock: Clock,
  ) {}

  /** The worker was just loaded with the store's design as it is now. */
  loaded(): void {
    this.cancel();
    const { doc, docEpoch } = this.store.getState();
    this.sent = doc;
    this.sentEpoch = docEpoch;
  }

  changed(): void {
    if (this.timer === null) this.timer = this.clock.setTimeout(() => this.flush(), UPDATE_DELAY_MS);
  }

  /** Sends a pending change now, so a command that follows (Step, Reset) sees it. */
  flush(): void {
    this.cancel();
    const { doc, docEpoch } = this.store.getState();
    const sent = this.sent;
    if (doc === sent) return;
    this.sent = doc;
    if (docEpoch !== this.sentEpoch) {
      this.sentEpoch = docEpoch;
      this.target.replace(doc);
    } else if (!sent || !movedOnly(sent, doc)) this.target.update(doc);
  }

  cancel(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
