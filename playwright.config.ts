import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = 4329;
/** Port of the seed site, built from `content/`. */
export const SEED_PORT = 4330;
/** Port of the fixture site with pictures. */
export const PICTURES_PORT = 4331;

// A system Chromium where there is one (never download a browser); Playwright's own elsewhere.
const systemChromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    }
  : {};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions,
  },
  webServer: [
    {
      // Most browser tests read the fixture site, built with a fixed "now".
      command: `astro build && astro preview --port ${PORT} --ignore-lock`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: {
        CONTENT_DIR: 'tests/fixtures/site',
        OUT_DIR: 'tests/fixtures/site/dist',
        BUILD_TIME: '2026-01-01T00:00:00Z',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
    {
      // The seed site as `npm start` builds it, into its own folder.
      command: `astro build && astro preview --port ${SEED_PORT} --ignore-lock`,
      url: `http://localhost:${SEED_PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: {
        CONTENT_DIR: 'content',
        OUT_DIR: join(tmpdir(), 'dateline-e2e-seed'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
    {
      // The fixture site with pictures, whose photographs are made first.
      command: `node tests/support/pictures.ts && astro build && astro preview --port ${PICTURES_PORT} --ignore-lock`,
      url: `http://localhost:${PICTURES_PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: {
        CONTENT_DIR: 'tests/fixtures/pictures',
        OUT_DIR: join(tmpdir(), 'dateline-e2e-pictures'),
        BUILD_TIME: '2026-01-01T00:00:00Z',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  ],
});
