import { describe, expect, it } from 'vitest';
import { edits } from '../../engine';
import { createFranzStore } from '../../store/store';
import { readBackups } from './backups';
import { startLinkListener } from './linkListener';
import { readSavedDesign } from './savedDesign';
import { encodeDesign } from './shareLink';
import { testEnv } from './pageEnv.testing';

const mine = edits.addNode(edits.emptyDocument('Mine'), 'topic', { x: 0, y: 0 }).doc;
const theirs = edits.addNode(edits.emptyDocument('Theirs'), 'sink', { x: 0, y: 0 }).doc;

function openTab() {
  const store = createFranzStore();
  store.getState().replaceDocument(mine);
  const { env, storage } = testEnv('https://franz.example/');
  const window = new EventTarget();
  const listener = startLinkListener(store, env, window, () => new Date('2026-12-06T09:30:00.000Z'));
  const paste = async (hash: string) => {
    env.address = `https://franz.example/${hash}`;
    window.dispatchEvent(new Event('hashchange'));
    await listener.settled();
  };
  return { store, env, storage, paste, stop: listener.stop };
}

describe('a link pasted into an open tab', () => {
  it('asks, as a link opened fresh does, and takes the link out of the address', async () => {
    const { store, env, storage, paste } = openTab();
    await paste(`#design=${await encodeDesign(theirs)}`);
    expect(env.address).toBe('https://franz.example/');
    expect(store.getState().linkOffer).toMatchObject({ sharedName: 'Theirs', currentName: 'Mine' });
    store.getState().linkOffer!.open();
    expect(store.getState().doc).toEqual(theirs);
    expect(readSavedDesign(storage)).toEqual(theirs);
    expect(readBackups(storage)).toMatchObject([{ name: 'Mine', reason: 'replaced by a shared link' }]);
  });

  it('refuses a broken one and leaves the design as it was', async () => {
    const { store, env, paste } = openTab();
    await paste('#design=broken!');
    expect(env.address).toBe('https://franz.example/');
    expect(store.getState().doc).toEqual(mine);
    expect(store.getState().notice).toMatchObject({
      kind: 'error',
      text: 'This link’s design cannot be opened: the link is broken (it does not decode; was it cut short when copied?). Your design is as it was.',
    });
  });

  it('ignores a fragment that is not a design link, and stops listening when stopped', async () => {
    const { store, env, paste, stop } = openTab();
    await paste('#section-2');
    expect(env.address).toBe('https://franz.example/#section-2');
    stop();
    await paste(`#design=${await encodeDesign(theirs)}`);
    expect(env.address).toBe(`https://franz.example/#design=${await encodeDesign(theirs)}`);
    expect(store.getState().linkOffer).toBeNull();
  });
});
