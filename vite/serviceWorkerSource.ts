// The service worker's text, written into the build by offlinePlugin.ts. Plain JavaScript that runs as it is in the
// browser (no bundling, no imports): the cache's name and the app's files are put in as JSON.

/**
 * A service worker that keeps `files` (paths relative to itself) in the cache `cacheName`: fetched on install,
 * served cache-first to same-origin GETs (a page navigation gets the cached index.html), anything else from the
 * network; caches of other builds are deleted when it takes over.
 */
export function serviceWorkerSource(cacheName: string, files: readonly string[]): string {
  return `// Franz's service worker, written at build time: once the app has been opened, it opens without a network.
const CACHE = ${JSON.stringify(cacheName)};
const FILES = ${JSON.stringify(files, null, 2)};
const INDEX = new URL('index.html', self.registration.scope).href;

self.addEventListener('install', (event) => {
  // Every file of this build or none: a half-filled cache would open a page whose chunks are missing offline.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
  // No skipWaiting: a newer build takes over once no tab runs the older one, whose lazily loaded chunks
  // (the charts) must still be there when it asks for them.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('franz-') && n !== CACHE).map((n) => caches.delete(n))))
      // The tab that installed it is served from the cache from now on, without a reload.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches
      .open(CACHE)
      // The app is one page: any address in scope (a link with #design=, a reload) opens index.html. Servers
      // answer \`Vary: Origin\`, and the page asks for its module scripts with an Origin the install did not send:
      // the cache holds only this build's own files, so the Origin does not matter.
      .then((cache) => cache.match(request.mode === 'navigate' ? INDEX : request, { ignoreVary: true }))
      .then((cached) => cached || fetch(request)),
  );
});
`;
}
