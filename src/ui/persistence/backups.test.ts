import { describe, expect, it } from 'vitest';
import { BACKUPS_KEY, keepBackup, MAX_BACKUPS, nameInText, readBackups } from './backups';
import { MemoryStorage } from './memoryStorage.testing';

let clock = 0;
const now = () => new Date(Date.UTC(2026, 11, 6, 9, 0, clock++));

describe('recent designs (franz.design.backups)', () => {
  it('lists the newest first, at most 10', () => {
    const storage = new MemoryStorage();
    for (let i = 1; i <= 12; i++) keepBackup(storage, { reason: 'test', name: `d${i}`, text: `t${i}` }, now);
    const list = readBackups(storage);
    expect(MAX_BACKUPS).toBe(10);
    expect(list.map((b) => b.name)).toEqual(['d12', 'd11', 'd10', 'd9', 'd8', 'd7', 'd6', 'd5', 'd4', 'd3']);
    expect(list[0]!.savedAt).toMatch(/^2026-12-06T09:00:\d\d\.000Z$/);
  });

  it('moves the same text to the head instead of listing it twice', () => {
    const storage = new MemoryStorage();
    keepBackup(storage, { reason: 'a', name: 'one', text: 'same' }, now);
    keepBackup(storage, { reason: 'b', name: 'two', text: 'other' }, now);
    keepBackup(storage, { reason: 'c', name: 'one again', text: 'same' }, now);
    expect(readBackups(storage).map((b) => `${b.name}/${b.reason}`)).toEqual(['one again/c', 'two/b']);
  });

  it('lets older designs go when storage is full, and says false when even one does not fit', () => {
    const storage = new MemoryStorage();
    keepBackup(storage, { reason: 'a', name: 'old', text: 'x'.repeat(100) }, now);
    // A storage that takes only one entry's worth: the old entry gives way to the new one.
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (value.length > 250) throw new DOMException('quota exceeded', 'QuotaExceededError');
      setItem(key, value);
    };
    expect(keepBackup(storage, { reason: 'b', name: 'new', text: 'y'.repeat(100) }, now)).toBe(true);
    expect(readBackups(storage).map((b) => b.name)).toEqual(['new']);
    expect(keepBackup(storage, { reason: 'c', name: 'huge', text: 'z'.repeat(300) }, now)).toBe(false);
    expect(keepBackup(null, { reason: 'c', name: 'nowhere', text: 'z' }, now)).toBe(false);
  });

  it('reads a broken list as empty and skips entries that are not backups', () => {
    const storage = new MemoryStorage();
    storage.setItem(BACKUPS_KEY, '[{"savedAt":"x"');
    expect(readBackups(storage)).toEqual([]);
    storage.setItem(
      BACKUPS_KEY,
      JSON.stringify([{ name: 'no text' }, { savedAt: 's', reason: 'r', name: 'n', text: 't' }]),
    );
    expect(readBackups(storage)).toEqual([{ savedAt: 's', reason: 'r', name: 'n', text: 't' }]);
  });

  it('names a kept text by its design’s name when it has one', () => {
    expect(nameInText('{"name":"Orders","version":9}')).toBe('Orders');
    expect(nameInText('{"name":""}')).toBe('Unreadable design');
    expect(nameInText('not json')).toBe('Unreadable design');
  });
});
