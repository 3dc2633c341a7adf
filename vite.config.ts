import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Property, fuzz, soak and command-line tests: seconds each, so the fast project leaves them out. */
const SLOW_TESTS = 'src/**/*.slow.test.ts';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  test: {
    environment: 'node',
    // Engine runs of a simulated minute take a second alone and many times that on a loaded CI machine;
    // tests assert behaviour, never timings, so the limit is only a guard against a hang.
    testTimeout: 120_000,
    // `vitest run` runs both projects; `npm run test:fast` only the first.
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, SLOW_TESTS],
        },
      },
      { extends: true, test: { name: 'slow', include: [SLOW_TESTS] } },
    ],
  },
});
