import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './tests/e2e/chromium';

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
    // The offline worker would fetch past page.route and hide staged failures; the offline test allows it.
    serviceWorkers: 'block',
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    { name: 'app', testIgnore: /hostile\.spec\.ts/ },
    // The hostile-address suite times the main thread (no task over 200 ms): it runs after the
    // rest, alone, so that another test's browser competing for the two cores is not measured.
    { name: 'hostile', testMatch: /hostile\.spec\.ts/, dependencies: ['app'], workers: 1 },
  ],
  webServer: {
    command: `vite build --outDir .e2e/dist --emptyOutDir --logLevel warn && tsx scripts/prerender.ts .e2e/dist && tsx scripts/static-server.ts .e2e/dist ${E2E_BASE} ${PORT}`,
    env: { BASE_PATH: E2E_BASE, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    url: `http://127.0.0.1:${PORT}${E2E_BASE}`,
    reuseExistingServer: false,
    // The build draws each route's first chart in Chromium: a minute or two on two cores.
    timeout: 300_000,
  },
});
