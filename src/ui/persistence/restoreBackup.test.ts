import { describe, expect, it } from 'vitest';
import { edits } from '../../engine';
import { createFranzStore } from '../../store/store';
import { keepBackup, readBackups } from './backups';
import { MemoryStorage } from './memoryStorage.testing';
import { restoreBackup } from './restoreBackup';
import { readSavedDesign } from './savedDesign';

const now = () => new Date('2026-12-06T09:30:00.000Z');
const older = edits.addNode(edits.emptyDocument('Older'), 'topic', { x: 0, y: 0 }).doc;
const current = edits.addNode(edits.emptyDocument('Current'), 'sink', { x: 0, y: 0 }).doc;

function page() {
  const store = createFranzStore();
  store.getState().replaceDocument(current);
  const storage = new MemoryStorage();
  keepBackup(
    storage,
    { reason: 'replaced by a shared link', name: 'Older', text: JSON.stringify(older) },
    now,
  );
  return { store, storage };
}

describe('restoreBackup', () => {
  it('opens the kept design and keeps the current one in its turn', () => {
    const { store, storage } = page();
    expect(restoreBackup(store, readBackups(storage)[0]!, storage, now)).toBe(true);
    expect(store.getState().doc).toEqual(older);
    expect(readSavedDesign(storage)).toEqual(older);
    expect(readBackups(storage).map((b) => `${b.name}: ${b.reason}`)).toEqual([
      'Current: replaced by a restored design',
      'Older: replaced by a shared link',
    ]);
    expect(store.getState().notice!.text).toBe(
      'Restored “Older”. Your design “Current” is kept in Recent designs.',
    );
  });

  it('restores what can be read of a partly unreadable text', () => {
    const { store, storage } = page();
    const broken = structuredClone(older) as unknown as { nodes: { config: Record<string, unknown> }[] };
    broken.nodes[0]!.config.partitions = 0;
    const backup = { savedAt: '', reason: 'partly unreadable', name: 'Older', text: JSON.stringify(broken) };
    expect(restoreBackup(store, backup, storage, now)).toBe(true);
    expect(store.getState().doc.nodes[0]!.config).toMatchObject({ partitions: 3 });
    expect(store.getState().notice!.text).toBe(
      'Restored “Older” (without 1 part that could not be read). Your design “Current” is kept in Recent designs.',
    );
  });

  it('refuses a text that cannot be read, and changes nothing', () => {
    const { store, storage } = page();
    const backup = { savedAt: '', reason: 'unreadable', name: 'Unreadable design', text: '{"nodes":' };
    expect(restoreBackup(store, backup, storage, now)).toBe(false);
    expect(store.getState().doc).toEqual(current);
    expect(readBackups(storage)).toHaveLength(1);
    expect(store.getState().notice!.text).toMatch(
      /^“Unreadable design” cannot be opened: it is not JSON \(.+\)\. Download it to keep the text\.$/,
    );
  });
});
