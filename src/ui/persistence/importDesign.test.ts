import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import { edits } from '../../engine';
import { createFranzStore } from '../../store/store';
import { readBackups } from './backups';
import { importDesignFile, MAX_IMPORT_BYTES, type DesignFile } from './importDesign';
import { MemoryStorage } from './memoryStorage.testing';

function file(name: string, text: string): DesignFile {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer };
}

function storeWithDesign() {
  const store = createFranzStore();
  const mine = edits.addNode(edits.emptyDocument('Mine'), 'topic', { x: 0, y: 0 }).doc;
  store.getState().replaceDocument(mine);
  return { store, mine };
}

async function refusal(f: DesignFile) {
  const { store, mine } = storeWithDesign();
  const storage = new MemoryStorage();
  expect(await importDesignFile(store, f, storage)).toBe(false);
  expect(readBackups(storage)).toEqual([]);
  expect(store.getState().doc).toBe(mine);
  expect(store.getState().notice!.kind).toBe('error');
  return store.getState().notice!.text;
}

describe('Import', () => {
  it('replaces the design with the file’s and says so', async () => {
    const { store, mine } = storeWithDesign();
    const storage = new MemoryStorage();
    expect(await importDesignFile(store, file('article.franz.json', JSON.stringify(example)), storage)).toBe(
      true,
    );
    expect(store.getState().doc.name).toBe('Five sources, four sinks, one log');
    expect(store.getState().notice).toMatchObject({
      kind: 'info',
      text: 'Imported “Five sources, four sinks, one log” from article.franz.json.',
    });
    // The design it replaced is one click away in Recent designs (an import empties undo).
    expect(readBackups(storage)).toMatchObject([
      {
        reason: 'replaced by the imported file article.franz.json',
        name: 'Mine',
        text: JSON.stringify(mine),
      },
    ]);
  });

  it('refuses a file that is not JSON', async () => {
    expect(await refusal(file('notes.txt', 'hello'))).toMatch(
      /^Cannot import notes\.txt: it is not JSON \(.+\)\. Your design is unchanged\.$/,
    );
  });

  it('refuses a file larger than 2 MB without reading it', async () => {
    const big: DesignFile = {
      name: 'huge.json',
      size: MAX_IMPORT_BYTES + 1,
      arrayBuffer: () => Promise.reject(new Error('read')),
    };
    expect(await refusal(big)).toBe(
      'Cannot import huge.json: it is 2.1 MB, and a design file may be at most 2 MB. Your design is unchanged.',
    );
  });

  it('reads a file saved with a UTF-8 byte-order mark, as the CLI does', async () => {
    const { store } = storeWithDesign();
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(example))]);
    const withBom = { name: 'bom.json', size: bytes.length, arrayBuffer: async () => bytes.buffer };
    expect(await importDesignFile(store, withBom, new MemoryStorage())).toBe(true);
    expect(store.getState().doc.name).toBe('Five sources, four sinks, one log');
  });

  it('refuses bytes that are not UTF-8, naming the byte by number', async () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0x7d]);
    const binary = { name: 'binary.json', size: 3, arrayBuffer: async () => bytes.buffer };
    expect(await refusal(binary)).toBe(
      'Cannot import binary.json: it is not UTF-8 text (invalid byte 0xFF at byte 1). Your design is unchanged.',
    );
  });

  it('refuses a design of a newer version in the engine’s words', async () => {
    expect(await refusal(file('future.json', JSON.stringify({ ...example, version: 9 })))).toBe(
      'Cannot import future.json: version: 9 is newer than this Franz understands (it reads up to version 1). Your design is unchanged.',
    );
  });

  it('refuses an invalid design, naming the first errors with their paths', async () => {
    const broken = structuredClone(example) as { nodes: { config: Record<string, unknown> }[] };
    broken.nodes[5]!.config.partitions = -2;
    expect(await refusal(file('broken.json', JSON.stringify(broken)))).toBe(
      'Cannot import broken.json: it is not a valid design: nodes[5].config.partitions: must be >= 1. Your design is unchanged.',
    );
  });
});
