import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { offlinePlugin } from './vite/offlinePlugin.ts';

/** Property, fuzz, soak and command-line tests: seconds each, so the fast projects leave them out. */
const SLOW_TESTS = 'src/**/*.slow.test.ts';
/** Components rendered into a DOM (jsdom) and driven as a person would, with Testing Library. */
const COMPONENT_TESTS = 'src/ui/**/*.test.tsx';

export default defineConfig({
  // offlinePlugin writes the service worker (sw.js) that lets the built app open offline.
  plugins: [react(), offlinePlugin()],
  worker: { format: 'es' },
  test: {
    environment: 'node',
    // Engine runs of a simulated minute take a second alone and ten times that on one busy core (the slowest
    // property test took over 120 s there); tests assert behaviour, never timings, so the limit is only a guard
    // against a hang.
    testTimeout: 600_000,
    // Every core: Vitest's default leaves one free, which on a two-core machine ran the files one at a time (the
    // slow project took 63 s on one worker, 41 s on two).
    maxWorkers: availableParallelism(),
    // Each test file is in exactly one project. `vitest run` runs all three; `npm run test:fast` the first two.
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'vite/**/*.test.ts'],
          exclude: [...configDefaults.exclude, SLOW_TESTS, COMPONENT_TESTS],
          // Node tests of pure code share a module graph: importing the engine afresh for each of two hundred
          // files cost four times the CPU of the tests themselves. Nothing here keeps state between files (no
          // module mocks, no globals; the page's store is created per test), which running them so checks.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: [COMPONENT_TESTS],
          environment: 'jsdom',
          setupFiles: ['src/ui/components.testing.ts'],
          // One jsdom per worker rather than per file: building a page and importing React afresh for each file
          // cost more CPU than the tests (68 s against 29 s in all). The setup file returns the store, storage,
          // mocks and timers to a fresh page's after every test.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          include: [SLOW_TESTS],
          isolate: false,
          globalSetup: ['src/cli/simulateBundle.testing.ts'],
        },
      },
    ],
  },
});
