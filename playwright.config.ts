import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const PORT = 4329;

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
  webServer: {
    // The browser tests read the fixture site, built with a fixed "now".
    command: `astro build && astro preview --port ${PORT}`,
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
});
