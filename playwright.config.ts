import { defineConfig } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';

// End-to-end tests run against the one production build (scripts/test.mjs builds it first), in Debian's
// Chromium: Playwright's own browser download cannot work on this network.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
// A run on another port (a second developer's) keeps its own artifacts: Playwright empties outputDir.
const runName = process.env.E2E_PORT ? `-${E2E_PORT}` : '';
const dataDir = path.join(os.tmpdir(), `marsad-e2e-${process.pid}`);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  outputDir: `test-results/e2e${runName}`,
  reporter: [['list'], ['json', { outputFile: `.tmp/playwright${runName}.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    // The real production server (front cache, security headers), as `npm start` runs it.
    command: 'node --import tsx lib/front/server/main.ts',
    url: `http://127.0.0.1:${E2E_PORT}/api/status`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { PORT: String(E2E_PORT), MARSAD_DATA_DIR: dataDir, MARSAD_TRUSTED_PROXIES: '127.0.0.1,::1', MARSAD_PROBES: 'off', MARSAD_IP_RANGES_REFRESH: 'off', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: '' },
  },
});
