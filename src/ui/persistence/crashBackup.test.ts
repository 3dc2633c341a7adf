import { describe, expect, it } from 'vitest';
import { addBackup, BACKUPS_KEY, BACKUPS_LIMIT, readBackups } from './crashBackup';
import { MemoryStorage } from './memoryStorage';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 6, 9, minute));

describe('the backups list', () => {
  it(`keeps the newest first, at most ${BACKUPS_LIMIT}, the same text once`, () => {
    const storage = new MemoryStorage();
    for (let i = 0; i < 12; i++) addBackup(storage, { reason: 'r', name: `d${i}`, text: `t${i}` }, at(i));
    addBackup(storage, { reason: 'again', name: 'd5', text: 't5' }, at(30));
    const list = readBackups(storage);
    expect(list).toHaveLength(10);
    expect(list.map((e) => e.name)).toEqual(['d5', 'd11', 'd10', 'd9', 'd8', 'd7', 'd6', 'd4', 'd3', 'd2']);
    expect(list[0]).toEqual({ savedAt: '2026-12-06T09:30:00.000Z', reason: 'again', name: 'd5', text: 't5' });
  });

  it('starts a new list over one that does not read, and says when storage refuses', () => {
    const storage = new MemoryStorage();
    storage.setItem(BACKUPS_KEY, '{ broken');
    expect(readBackups(storage)).toEqual([]);
    expect(addBackup(storage, { reason: 'r', name: 'n', text: 't' }, at(0))).toBe(true);
    expect(readBackups(storage)).toHaveLength(1);
    storage.full = true;
    expect(addBackup(storage, { reason: 'r', name: 'n2', text: 't2' }, at(1))).toBe(false);
    expect(addBackup(null, { reason: 'r', name: 'n', text: 't' })).toBe(false);
  });
});
