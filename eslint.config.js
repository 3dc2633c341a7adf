import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The engine runs unchanged in a worker, in Node and on the page: no UI, no DOM, no wall clock.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zustand/*', 'recharts'],
              message: 'The engine stays free of UI libraries.',
            },
            {
              group: [
                '**/ui/**',
                '**/store/**',
                '**/worker/**',
                '**/bridge/**',
                '**/protocol/**',
                '**/cli/**',
              ],
              message: 'Arrows point down: the engine imports nothing above it.',
            },
            { group: ['node:*', 'fs', 'path'], message: 'The engine runs in the browser too.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'performance', 'process'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the simulation RNG (seeded).' },
        { object: 'Date', property: 'now', message: 'Use simulated time.' },
      ],
    },
  },
  // The worker boundary (docs/architecture.md): src/worker runs inside the Web Worker, src/bridge is the page's
  // side of it, src/protocol is what both sides say and agree on. The two sides meet only through messages.
  {
    files: ['src/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/worker/**', '**/bridge/**', '**/store/**', '**/ui/**', '**/cli/**'],
              message:
                'The protocol is shared by both sides of the worker boundary: it imports only the engine.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/store/**',
                '**/ui/**',
                '**/bridge/**',
                'react',
                'react-dom',
                'react/*',
                'zustand',
                'zustand/*',
              ],
              message:
                'The worker runs apart from the page: it talks to it only through src/protocol messages.',
            },
          ],
        },
      ],
    },
  },
  {
    // Production code only: the bridge's tests and fakeWorkers.testing.ts run the worker's real SimHost in
    // the test's own thread, in place of a Worker, to test both sides together.
    files: ['src/bridge/**/*.ts'],
    ignores: ['src/bridge/**/*.test.ts', 'src/bridge/**/*.testing.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // workerPort.ts names the worker's entry by URL (new Worker(new URL(...))), which is no import.
              group: ['**/worker/**'],
              message: 'The page reaches the worker only through messages (workerPort.ts spawns it by URL).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/worker/**'],
              message:
                'The UI and the store never import the worker: shared constants and types are in src/protocol.',
            },
            {
              group: ['**/bridge/**'],
              message:
                'The UI and the store never hold the bridge: components get SimActions from context; main.tsx wires the bridge.',
            },
          ],
        },
      ],
    },
  },
  {
    // recharts is a chunk of its own, loaded after the canvas's first frame (ChartsDock imports ChartsPanel lazily):
    // one static import of it, or of a chart module, from outside charts/ puts it back into the page's entry.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/ui/charts/**', 'src/engine/**', 'src/**/*.test.{ts,tsx}', 'src/**/*.testing.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'recharts',
                'recharts/*',
                '**/charts/*',
                '!**/charts/palette',
                '!**/charts/ChartsDock',
                // The Sweep and Compare views' chart, which loads its module lazily too.
                '!**/charts/BatchChartLazy',
              ],
              allowTypeImports: true,
              message:
                'The charts load after the first frame: import ChartsDock, BatchChartLazy (or the palette), never recharts or a chart module.',
            },
          ],
        },
      ],
    },
  },
  {
    // kafka/ is Kafka's own classes; the simulation is built on them, never the other way round. What both use
    // (the event sink, the seeded Rng) lives in engine/common/. Tests that need a whole simulation sit in sim/.
    // metrics/ too is below sim/: the recorder and the chart series read the pipeline through their own small
    // interfaces (metrics/measuredPipeline.ts); only its tests run a whole simulation to watch the recorder at work.
    files: ['src/engine/kafka/**/*.ts', 'src/engine/metrics/**/*.ts'],
    ignores: ['src/engine/metrics/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/sim', '**/sim/**'],
              message:
                'kafka/ and metrics/ never import sim/: shared utilities live in engine/common/, and metrics/ names the shapes it reads in measuredPipeline.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Test helpers (*.testing.ts) are left out of the production builds, so only tests and other helpers use them.
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.testing.{ts,tsx}', 'e2e/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].map(
          (node) => ({
            selector: `${node}[source.value=/\\.testing(\\.tsx?)?$/]`,
            message: 'Test helpers (*.testing) are for tests only.',
          }),
        ),
      ],
    },
  },
);
