// Makes the built app open offline: after the build is written, lists every file in it (the page, its chunks, the
// workers, the styles, the icons and the manifest copied from public/) and writes sw.js, the service worker that
// keeps them (serviceWorkerSource.ts). The page registers it (src/offline/registerServiceWorker.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { serviceWorkerSource } from './serviceWorkerSource.ts';

export const SERVICE_WORKER_FILE = 'sw.js';

/** Every file under `dir`, as paths relative to it with '/' between folders, sorted. */
function filesUnder(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The files the service worker keeps: all but itself and source maps (fetched only by developer tools). */
export function offlineFiles(all: readonly string[]): string[] {
  return all.filter((f) => f !== SERVICE_WORKER_FILE && !f.endsWith('.map'));
}

/** `franz-` and a hash of every kept file's name and bytes: any change to the build is a new cache. */
export function cacheName(files: readonly string[], read: (file: string) => Buffer): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(read(file)).update('\0');
  return `franz-${hash.digest('hex').slice(0, 16)}`;
}

export function offlinePlugin(): Plugin {
  return {
    name: 'franz:offline',
    apply: 'build',
    writeBundle(options) {
      const dir = options.dir;
      if (!dir) throw new Error('franz:offline: the build has no output folder');
      const files = offlineFiles(filesUnder(dir));
      const name = cacheName(files, (file) => readFileSync(join(dir, file)));
      writeFileSync(join(dir, SERVICE_WORKER_FILE), serviceWorkerSource(name, files));
    },
  };
}
