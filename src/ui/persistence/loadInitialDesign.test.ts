import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import { edits } from '../../engine';
import { createFranzStore } from '../../store/store';
import { loadInitialDesign } from './loadInitialDesign';
import { readSavedDesign, writeSavedDesign } from './savedDesign';
import { encodeDesign } from './shareLink';
import { testEnv } from './testEnv';

const saved = edits.addNode(edits.emptyDocument('My saved design'), 'topic', { x: 0, y: 0 }).doc;
const shared = edits.addNode(edits.emptyDocument('From a colleague'), 'sink', { x: 0, y: 0 }).doc;

async function opened(url: string, { withSaved = true } = {}) {
  const store = createFranzStore();
  const { env, storage } = testEnv(url);
  if (withSaved) writeSavedDesign(storage, saved);
  await loadInitialDesign(store, example, env);
  return { doc: store.getState().doc, notice: store.getState().notice, address: env.address, storage };
}

describe('loadInitialDesign', () => {
  it('opens the example on a first visit', async () => {
    const { doc, notice } = await opened('https://franz.example/', { withSaved: false });
    expect(doc.name).toBe('Five sources, four sinks, one log');
    expect(notice).toBeNull();
  });

  it('opens the autosaved design on a reload', async () => {
    expect((await opened('https://franz.example/')).doc).toEqual(saved);
  });

  it('opens a share link before the autosave, and takes the link out of the address', async () => {
    const { doc, notice, address, storage } = await opened(
      `https://franz.example/#design=${await encodeDesign(shared)}`,
    );
    expect(doc).toEqual(shared);
    // Saved at once, so a reload (the link is gone from the address) still finds it.
    expect(readSavedDesign(storage)).toEqual(shared);
    expect(notice).toMatchObject({ kind: 'info', text: 'Opened the shared design “From a colleague”.' });
    expect(address).toBe('https://franz.example/');
  });

  it('refuses a broken link, saying why, and keeps the autosaved design', async () => {
    const { doc, notice } = await opened('https://franz.example/#design=eJzLSM3JyQcABiwCFQ');
    expect(doc).toEqual(saved);
    expect(notice).toEqual(
      expect.objectContaining({
        kind: 'error',
        text: 'This link’s design cannot be opened: the link is broken (it does not decode; was it cut short when copied?). Your saved design is open instead.',
      }),
    );
  });

  it('refuses a link that is too long, and opens the example when nothing is saved', async () => {
    const { doc, notice } = await opened(`https://franz.example/#design=${'A'.repeat(200_001)}`, {
      withSaved: false,
    });
    expect(doc.name).toBe('Five sources, four sinks, one log');
    expect(notice!.text).toBe(
      'This link’s design cannot be opened: the link is too long (200,001 characters; at most 200,000 are opened). The example is open instead.',
    );
  });

  it('refuses a link to a design of an unknown version in the engine’s words', async () => {
    const future = await encodeDesign({ ...shared, version: 2 } as unknown as typeof shared);
    const { doc, notice } = await opened(`https://franz.example/#design=${future}`);
    expect(doc).toEqual(saved);
    expect(notice!.text).toBe(
      'This link’s design cannot be opened: version: 2 is newer than this Franz understands (it reads up to version 1). Your saved design is open instead.',
    );
  });
});
