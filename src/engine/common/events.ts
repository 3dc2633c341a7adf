// What happened, in words: rebalances, joins, crashes. Rare, so plain objects are fine here.
export type SimEventType =
  | 'group-state'
  | 'member-joined'
  | 'member-left'
  | 'member-removed'
  | 'member-crashed'
  | 'assignment'
  | 'partitions-added'
  | 'retention'
  | 'offset-reset'
  | 'config'
  | 'fault'
  | 'broker'
  | 'election'
  | 'isr'
  | 'truncation'
  | 'produce-error'
  | 'compaction';

export interface SimEvent {
  timeMs: number;
  type: SimEventType;
  /** The group id, topic name or node name the event is about. */
  subject: string;
  message: string;
}

export type EventSink = (type: SimEventType, subject: string, message: string) => void;

/** A bounded event log: the newest `capacity` events, plus a count of all. */
export class EventLog {
  private readonly items: SimEvent[] = [];
  total = 0;

  constructor(private readonly capacity = 500) {}

  push(event: SimEvent): void {
    this.total++;
    this.items.push(event);
    if (this.items.length > this.capacity) this.items.splice(0, this.items.length - this.capacity);
  }

  recent(limit = this.capacity): readonly SimEvent[] {
    return this.items.slice(-limit);
  }
}
