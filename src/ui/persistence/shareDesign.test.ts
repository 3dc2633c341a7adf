import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import { edits, parseDocument } from '../../engine';
import { createFranzStore } from '../../store/store';
import { loadInitialDesign } from './loadInitialDesign';
import { shareDesign } from './shareDesign';
import { testEnv } from './pageEnv.testing';

function storeWith(name: string) {
  const store = createFranzStore();
  store.getState().replaceDocument(edits.addNode(edits.emptyDocument(name), 'source', { x: 1, y: 2 }).doc);
  return store;
}

describe('Share', () => {
  it('puts the design in the address and copies the link; the link opens the same design', async () => {
    const store = storeWith('Shared pipeline');
    const { env, copied } = testEnv('https://franz.example/app/?x=1#old');
    const link = await shareDesign(store, env);
    expect(link).toMatch(/^https:\/\/franz\.example\/app\/\?x=1#design=[A-Za-z0-9_-]+$/);
    expect(env.address).toBe(link);
    expect(copied).toEqual([link]);
    expect(store.getState().notice).toEqual(
      expect.objectContaining({
        kind: 'info',
        text: `Share link copied to the clipboard (${link!.length.toLocaleString('en-US')} characters). The address bar shows it too.`,
      }),
    );

    const elsewhere = createFranzStore();
    await loadInitialDesign(elsewhere, example, testEnv(link!).env);
    expect(elsewhere.getState().doc).toEqual(store.getState().doc);
  });

  it('points to the address bar when the clipboard is not allowed', async () => {
    const store = storeWith('Shared');
    const { env } = testEnv(undefined, { clipboard: false });
    const link = await shareDesign(store, env);
    expect(link).toContain('#design=');
    expect(store.getState().notice!.text).toBe(
      'The share link is in the address bar: copy it from there to share this design.',
    );
  });

  it('takes the link out of the address at the next edit, so a reload opens the autosave', async () => {
    const store = storeWith('Shared');
    const { env } = testEnv();
    await shareDesign(store, env);
    store.getState().apply(edits.addNode(store.getState().doc, 'topic', { x: 0, y: 0 }).doc);
    expect(env.address).toBe('https://franz.example/app/');
  });

  it('keeps the example a link’s length: it fits many times over', async () => {
    const store = createFranzStore();
    const parsed = parseDocument(example);
    if (!parsed.ok) throw new Error('example');
    store.getState().replaceDocument(parsed.doc);
    const link = await shareDesign(store, testEnv().env);
    expect(link!.length).toBeLessThan(2000);
  });
});
