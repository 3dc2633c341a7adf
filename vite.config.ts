import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // Engine runs of a simulated minute take a second alone and many times that on a loaded CI machine;
    // tests assert behaviour, never timings, so the limit is only a guard against a hang.
    testTimeout: 120_000,
  },
});
