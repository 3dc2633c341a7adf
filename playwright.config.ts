import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const isCI = Boolean(process.env.CI);

// Playwright cannot download its own browser on our CI machines, so use Debian's Chromium when there is
// one; on a laptop without it, Playwright's own browser (after `npx playwright install chromium`).
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const launchOptions = chromiumPath
  ? {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    }
  : {};

// `vite preview` serves dist/ and answers 404s without it, so build first if nobody has. FRANZ_E2E_PORT lets
// two checkouts run their e2e suites side by side.
const port = Number(process.env.FRANZ_E2E_PORT ?? 4173);
const preview = `npx vite preview --port ${port} --strictPort`;
const previewCommand = existsSync('dist/index.html') ? preview : `npm run build && ${preview}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: 0,
  // One at a time on CI's two cores: the page, its simulation worker and the browser already use both, and two
  // tests at once took three times as long each.
  workers: isCI ? 1 : undefined,
  // Limits, not waits: every wait is on something a person would see, so a slow machine only makes a passing
  // test slower. They allow for the slowest machine the suite must pass on: one core, shared with other
  // CPU-bound work (`taskset -c 0 npm test` beside a busy loop), where a click can take 20 s to land. Waits
  // for simulated time have their own limit (e2e/patience.ts).
  timeout: 420_000,
  expect: { timeout: 60_000 },
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    screenshot: 'only-on-failure',
    // A trace records every step of every test to keep the failing ones: on CI, which keeps only the log, that
    // doubled the suite's CPU for nothing. Locally a failure leaves its trace.
    trace: isCI ? 'off' : 'retain-on-failure',
    actionTimeout: 60_000,
    navigationTimeout: 120_000,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    command: previewCommand,
    url: `http://localhost:${port}`,
    reuseExistingServer: !isCI,
    timeout: 180_000,
  },
});
