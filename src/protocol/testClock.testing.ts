import type { Clock } from './clock';

interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

/** A clock for tests: time stands still until `advance` moves it, firing due timers in order. */
export class TestClock implements Clock {
  private time = 0;
  private nextId = 1;
  private timers: Timer[] = [];

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): number {
    const timer = { id: this.nextId++, at: this.time + Math.max(0, ms), callback };
    this.timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  /** Moves time forward by `ms`, running each timer at its due time (including timers they set). */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = Math.max(this.time, due.at);
      due.callback();
    }
    this.time = end;
  }

  /** Moves time forward without firing anything, as a busy or throttled thread would. */
  stall(ms: number): void {
    this.time += ms;
  }

  get pending(): number {
    return this.timers.length;
  }
}
