import { defineConfig } from '@playwright/test';

/** The production build, served from a sub-path by a plain static host, in Debian's Chromium. */
export const E2E_BASE = '/tracker/';
const PORT = 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: '.e2e/results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `vite build --outDir .e2e/dist --emptyOutDir --logLevel warn && tsx tests/e2e/static-server.ts .e2e/dist ${E2E_BASE} ${PORT}`,
    env: { BASE_PATH: E2E_BASE, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    url: `http://127.0.0.1:${PORT}${E2E_BASE}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
