// For tests: a localStorage that lives in memory, and can be made to refuse writes like a full one.
import type { DesignStorage } from './pageEnv';

export class MemoryStorage implements DesignStorage {
  readonly items = new Map<string, string>();
  writes = 0;
  full = false;

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('quota exceeded', 'QuotaExceededError');
    this.writes++;
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}
