import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import { createFranzStore } from '../../store/store';
import { startAutosave } from './autosave';
import { BACKUPS_KEY, readBackups } from './backups';
import { loadInitialDesign } from './loadInitialDesign';
import { readAutosave } from './readAutosave';
import { AUTOSAVE_KEY } from './savedDesign';
import { testEnv } from './pageEnv.testing';

const now = () => new Date('2026-12-06T09:30:00.000Z');

function withAutosave(text: string) {
  const { env, storage } = testEnv();
  storage.setItem(AUTOSAVE_KEY, text);
  return { env, storage };
}

/** The example with one topic's partitions out of range and one node of a kind Franz does not have. */
function partlyBroken(): string {
  const doc = structuredClone(example) as unknown as {
    name: string;
    nodes: { kind: string; config: Record<string, unknown> }[];
  };
  doc.name = 'Orders';
  doc.nodes[6]!.config.partitions = -2;
  doc.nodes[3]!.kind = 'gadget';
  return JSON.stringify(doc);
}

describe('readAutosave', () => {
  it('reads a good autosave as it is, keeping nothing', () => {
    const { storage } = withAutosave(JSON.stringify(example));
    const read = readAutosave(storage, now);
    expect(read.problem).toBeNull();
    expect(read.doc!.nodes).toHaveLength(13);
    expect(storage.items.has(BACKUPS_KEY)).toBe(false);
  });

  it('keeps text that is not JSON before anything is written, and says so', () => {
    const { storage } = withAutosave('{"format":"franz.pipeline","nodes":[');
    const read = readAutosave(storage, now);
    expect(read.doc).toBeNull();
    expect(read.problem!.message).toMatch(
      /^Your saved design could not be read: it is not JSON \(.+\)\. The example is open instead\. The saved text is kept as it was in Recent designs\.$/,
    );
    expect(readBackups(storage)).toEqual([
      {
        savedAt: '2026-12-06T09:30:00.000Z',
        reason: expect.stringMatching(/^unreadable: it is not JSON \(/),
        name: 'Unreadable design',
        text: '{"format":"franz.pipeline","nodes":[',
      },
    ]);
  });

  it('repairs what it can: drops the node that cannot be read, resets the setting out of range', () => {
    const text = partlyBroken();
    const { storage } = withAutosave(text);
    const read = readAutosave(storage, now);
    // 13 nodes less IoT sensors; its one edge goes with it (14 - 1).
    expect(read.doc!.nodes).toHaveLength(12);
    expect(read.doc!.edges).toHaveLength(13);
    // topicConfigSchema's default partition count.
    expect(read.doc!.nodes.find((n) => n.id === 't-payments')!.config).toMatchObject({ partitions: 3 });
    expect(read.problem!.message).toBe(
      'Restored your saved design “Orders” without 1 part that could not be read: node “IoT sensors” (kind: is not one of the allowed shapes (check "kind" or "type")). Put back to their defaults: node “payments”: partitions: must be >= 1. The saved text is kept as it was in Recent designs.',
    );
    expect(readBackups(storage)).toEqual([
      {
        savedAt: '2026-12-06T09:30:00.000Z',
        reason: 'partly unreadable: 1 part left out, 1 setting reset',
        name: 'Orders',
        text,
      },
    ]);
  });

  it('does not repair a design from a newer Franz: keeps it and opens the example', () => {
    const text = JSON.stringify({ ...example, version: 3 });
    const { storage } = withAutosave(text);
    const read = readAutosave(storage, now);
    expect(read.doc).toBeNull();
    expect(read.problem!.message).toBe(
      'Your saved design “Five sources, four sinks, one log” is from a newer Franz (version 3; this one reads version 1), so it was not opened. The example is open instead. The saved text is kept as it was in Recent designs.',
    );
    expect(readBackups(storage)[0]).toMatchObject({ reason: 'from a newer Franz (version 3)', text });
  });

  it('says when the text could not be kept, so the person downloads it', () => {
    const { storage } = withAutosave('garbage');
    storage.full = true;
    expect(readAutosave(storage, now).problem!.message).toContain(
      'The saved text could not be kept (storage is full): download it now',
    );
  });

  it('keeps the same unreadable text once, however often the page is reloaded', () => {
    const { storage } = withAutosave('garbage');
    readAutosave(storage, now);
    readAutosave(storage, now);
    expect(readBackups(storage)).toHaveLength(1);
  });

  it('on load: the page shows the repaired design and the notice; the first edit leaves the kept text alone', async () => {
    const text = partlyBroken();
    const { env, storage } = withAutosave(text);
    const store = createFranzStore();
    await loadInitialDesign(store, example, env, now);
    expect(store.getState().doc.nodes).toHaveLength(12);
    expect(store.getState().savedDesignProblem).toMatchObject({ name: 'Orders', text });
    // Nothing was written over the autosave on load.
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(text);

    const stop = startAutosave(store, { storage, window: new EventTarget(), document: new EventTarget() });
    store.getState().apply({ ...store.getState().doc, name: 'Orders, repaired' });
    stop();
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY)!).name).toBe('Orders, repaired');
    expect(readBackups(storage).map((b) => b.text)).toEqual([text]);
  });
});
