// Builds dist/ when it is missing or older than the sources, so the benchmark measures the code as it is.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

export function ensureBuilt(log: (line: string) => void): void {
  const index = 'dist/index.html';
  const sources = Math.max(newestMtime('src'), statSync('index.html').mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  log('building dist/ (npm run build) ...');
  const { status } = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (status !== 0) throw new Error('npm run build failed');
}
