import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import { edits } from '../../engine';
import { createFranzStore } from '../../store/store';
import { readBackups } from './backups';
import { loadInitialDesign } from './loadInitialDesign';
import { AUTOSAVE_KEY, readSavedDesign, writeSavedDesign } from './savedDesign';
import { encodeDesign } from './shareLink';
import { testEnv } from './pageEnv.testing';

const saved = edits.addNode(edits.emptyDocument('My saved design'), 'topic', { x: 0, y: 0 }).doc;
const shared = edits.addNode(edits.emptyDocument('From a colleague'), 'sink', { x: 0, y: 0 }).doc;
const now = () => new Date('2026-12-06T09:30:00.000Z');

async function opened(url: string, { withSaved = true as boolean | string } = {}) {
  const store = createFranzStore();
  const { env, storage } = testEnv(url);
  if (withSaved === true) writeSavedDesign(storage, saved);
  else if (typeof withSaved === 'string') storage.setItem(AUTOSAVE_KEY, withSaved);
  await loadInitialDesign(store, example, env, now);
  const state = store.getState();
  return {
    store,
    doc: state.doc,
    notice: state.notice,
    offer: state.linkOffer,
    address: env.address,
    storage,
  };
}

const link = async (doc = shared) => `https://franz.example/#design=${await encodeDesign(doc)}`;

describe('loadInitialDesign', () => {
  it('opens the example on a first visit', async () => {
    const { doc, notice, offer } = await opened('https://franz.example/', { withSaved: false });
    expect(doc.name).toBe('Five sources, four sinks, one log');
    expect([notice, offer]).toEqual([null, null]);
  });

  it('opens the autosaved design on a reload', async () => {
    expect((await opened('https://franz.example/')).doc).toEqual(saved);
  });

  it('opens a share link at once when nothing is saved, and takes the link out of the address', async () => {
    const { doc, notice, address, storage, offer } = await opened(await link(), { withSaved: false });
    expect(offer).toBeNull();
    expect(doc).toEqual(shared);
    // Saved at once, so a reload (the link is gone from the address) still finds it.
    expect(readSavedDesign(storage)).toEqual(shared);
    expect(notice).toMatchObject({ kind: 'info', text: 'Opened the shared design “From a colleague”.' });
    expect(address).toBe('https://franz.example/');
    expect(readBackups(storage)).toEqual([]);
  });

  it('asks before a share link replaces a different saved design; keeping mine changes nothing', async () => {
    const { store, doc, offer, address, storage } = await opened(await link());
    // The saved design stays on screen behind the question, and the link has left the address.
    expect(doc).toEqual(saved);
    expect(address).toBe('https://franz.example/');
    expect(offer).toMatchObject({ sharedName: 'From a colleague', currentName: 'My saved design' });
    offer!.keep();
    expect(store.getState().linkOffer).toBeNull();
    expect(store.getState().doc).toEqual(saved);
    expect(readSavedDesign(storage)).toEqual(saved);
    expect(readBackups(storage)).toEqual([]);
    expect(store.getState().notice!.text).toBe(
      'The shared design “From a colleague” was not opened. Your design “My saved design” is as it was.',
    );
  });

  it('on Open shared, keeps the saved design in Recent designs, then opens and saves the shared one', async () => {
    const { store, offer, storage } = await opened(await link());
    offer!.open();
    expect(store.getState().doc).toEqual(shared);
    expect(readSavedDesign(storage)).toEqual(shared);
    expect(readBackups(storage)).toEqual([
      {
        savedAt: '2026-12-06T09:30:00.000Z',
        reason: 'replaced by a shared link',
        name: 'My saved design',
        text: JSON.stringify(saved),
      },
    ]);
    expect(store.getState().notice!.text).toBe(
      'Opened the shared design “From a colleague”. Your design “My saved design” is kept in Recent designs.',
    );
    // Answered once: a second click on the same question does nothing more.
    offer!.keep();
    expect(store.getState().doc).toEqual(shared);
  });

  it('does not open the shared design when the saved one cannot be kept (storage full)', async () => {
    const { store, offer, storage } = await opened(await link());
    storage.full = true;
    offer!.open();
    expect(store.getState().doc).toEqual(saved);
    expect(store.getState().notice).toMatchObject({ kind: 'error' });
    expect(store.getState().notice!.text).toContain('was not opened');
  });

  it('opens a link to the design already saved without asking', async () => {
    const { doc, offer, notice, storage } = await opened(await link(saved));
    expect(offer).toBeNull();
    expect(doc).toEqual(saved);
    expect(notice!.text).toBe('Opened the shared design “My saved design”.');
    expect(readBackups(storage)).toEqual([]);
  });

  it('opens a link without asking over an unreadable autosave, which is kept', async () => {
    const { doc, offer, storage } = await opened(await link(), { withSaved: '{"format": "franz.pip' });
    expect(offer).toBeNull();
    expect(doc).toEqual(shared);
    expect(readBackups(storage).map((b) => b.text)).toEqual(['{"format": "franz.pip']);
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
