// The offline build: which files sw.js keeps, its cache's name, and the service worker itself, run in a sandbox
// with the browser's cache and fetch stood in for, event by event as the browser would send them.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { cacheName, offlineFiles, offlinePlugin } from './offlinePlugin';
import { serviceWorkerSource } from './serviceWorkerSource';

const SCOPE = 'https://franz.example/app/';

/** The browser's CacheStorage, in memory: cache name -> URL -> body. */
class Caches {
  readonly stores = new Map<string, Map<string, string>>();
  open(name: string) {
    const store = this.stores.get(name) ?? new Map<string, string>();
    this.stores.set(name, store);
    return Promise.resolve({
      addAll: (files: string[]) => {
        for (const f of files) store.set(new URL(f, SCOPE).href, `body of ${f}`);
        return Promise.resolve();
      },
      // As a server's `Vary: Origin` makes the browser's: a page's module script (sent with an Origin) matches the
      // file the install fetched (without one) only when the Vary header is ignored.
      match: (request: string | { url: string }, options?: { ignoreVary?: boolean }) =>
        Promise.resolve(
          options?.ignoreVary ? store.get(typeof request === 'string' ? request : request.url) : undefined,
        ),
    });
  }
  keys() {
    return Promise.resolve([...this.stores.keys()]);
  }
  delete(name: string) {
    return Promise.resolve(this.stores.delete(name));
  }
}

type Handler = (event: Record<string, unknown>) => void;

/** Runs sw.js's text as the browser would load it, and hands back its event handlers and what they touched. */
function loadWorker(source: string) {
  const handlers = new Map<string, Handler>();
  const caches = new Caches();
  const fetched: string[] = [];
  let claimed = false;
  const self = {
    registration: { scope: SCOPE },
    location: new URL(`${SCOPE}sw.js`),
    clients: { claim: () => ((claimed = true), Promise.resolve()) },
    addEventListener: (type: string, handler: Handler) => handlers.set(type, handler),
  };
  const fetch = (request: { url: string }) => (
    fetched.push(request.url),
    Promise.resolve(`network ${request.url}`)
  );
  runInNewContext(source, { self, caches, fetch, URL, Promise });
  /** Sends an event; resolves with what waitUntil or respondWith was given (undefined: left to the browser). */
  const send = async (type: string, fields: Record<string, unknown> = {}) => {
    let answer: Promise<unknown> | undefined;
    const take = (p: Promise<unknown>) => (answer = p);
    handlers.get(type)!({ ...fields, waitUntil: take, respondWith: take });
    return answer && (await answer);
  };
  return { send, caches, fetched, claimed: () => claimed };
}

const get = (path: string, mode = 'no-cors') => ({
  request: { url: new URL(path, SCOPE).href, method: 'GET', mode },
});

describe('the offline build', () => {
  it('keeps every file of the build but the service worker itself and source maps', () => {
    expect(offlineFiles(['assets/a.js', 'assets/a.js.map', 'index.html', 'sw.js', 'icon.svg'])).toEqual([
      'assets/a.js',
      'index.html',
      'icon.svg',
    ]);
  });

  it('names the cache after every file’s name and bytes', () => {
    const bytes = new Map([
      ['index.html', '<html>'],
      ['manifest.webmanifest', '{}'],
    ]);
    const read = (f: string) => Buffer.from(bytes.get(f) ?? '');
    const name = cacheName([...bytes.keys()], read);
    expect(name).toMatch(/^franz-[0-9a-f]{16}$/);
    expect(cacheName([...bytes.keys()], read)).toBe(name);
    bytes.set('manifest.webmanifest', '{"name":"Franz"}');
    expect(cacheName([...bytes.keys()], read)).not.toBe(name);
    expect(cacheName(['index.html'], read)).not.toBe(name);
  });

  it('writes sw.js into the build folder, listing what is there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'franz-offline-'));
    mkdirSync(join(dir, 'assets'));
    for (const f of [
      'index.html',
      'icon.svg',
      'assets/index-1.js',
      'assets/index-1.js.map',
      'assets/sim.worker-2.js',
    ])
      writeFileSync(join(dir, f), f);
    const hook = offlinePlugin().writeBundle as (this: unknown, options: { dir: string }) => void;
    hook.call({}, { dir });
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(sw).toMatch(/^const CACHE = "franz-[0-9a-f]{16}";$/m);
    expect(JSON.parse(/const FILES = (\[[^\]]*\]);/.exec(sw)![1]!)).toEqual([
      'assets/index-1.js',
      'assets/sim.worker-2.js',
      'icon.svg',
      'index.html',
    ]);
  });
});

describe('the service worker', () => {
  const source = serviceWorkerSource('franz-new', ['index.html', 'assets/index-1.js']);

  it('fills its cache on install, and on activate deletes older builds’ caches and takes the open tab', async () => {
    const sw = loadWorker(source);
    await sw.caches.open('franz-old');
    await sw.caches.open('someone-else');
    await sw.send('install');
    expect([...sw.caches.stores.get('franz-new')!.keys()]).toEqual([
      `${SCOPE}index.html`,
      `${SCOPE}assets/index-1.js`,
    ]);
    await sw.send('activate');
    expect([...sw.caches.stores.keys()].sort()).toEqual(['franz-new', 'someone-else']);
    expect(sw.claimed()).toBe(true);
  });

  it('answers from the cache first, a page navigation with index.html, and goes to the network for the rest', async () => {
    const sw = loadWorker(source);
    await sw.send('install');
    expect(await sw.send('fetch', get('assets/index-1.js'))).toBe('body of assets/index-1.js');
    expect(await sw.send('fetch', get('?x=1#design=abc', 'navigate'))).toBe('body of index.html');
    expect(await sw.send('fetch', get('assets/other.js'))).toBe(`network ${SCOPE}assets/other.js`);
    expect(sw.fetched).toEqual([`${SCOPE}assets/other.js`]);
  });

  it('leaves other origins and requests other than GET to the browser', async () => {
    const sw = loadWorker(source);
    expect(
      await sw.send('fetch', { request: { url: 'https://cdn.example/x.js', method: 'GET', mode: 'cors' } }),
    ).toBe(undefined);
    expect(
      await sw.send('fetch', { request: { url: `${SCOPE}index.html`, method: 'POST', mode: 'cors' } }),
    ).toBe(undefined);
    expect(sw.fetched).toEqual([]);
  });
});
