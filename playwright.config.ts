import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './tests/e2e/chromium';

/** The production build, served from a sub-path by a plain static host, in Debian's Chromium. */
export const E2E_BASE = '/tracker/';
/** Where `npm run build:e2e` writes that build. */
export const E2E_DIST = '.e2e/dist';
if (!existsSync(`${E2E_DIST}/index.html`))
  throw new Error(`No build in ${E2E_DIST}: run \`npm run e2e\` (it builds first) or \`npm run build:e2e\`.`);
const PORT = 4173;
/** Where the static host serves that build. */
export const E2E_ORIGIN = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: '.e2e/results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // No test may take longer: a slow case fails alone, named by its title.
  timeout: 20_000,
  // How long an expectation waits for its condition (it passes as soon as the condition holds): on
  // two busy cores the app takes over a page in up to several seconds.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: E2E_ORIGIN,
    // The offline worker would fetch past page.route and hide staged failures; the offline test allows it.
    serviceWorkers: 'block',
    launchOptions: CHROMIUM_LAUNCH,
  },
  // The build under test is the one `npm test` (or `npm run e2e`) made: built and pre-rendered once.
  webServer: {
    command: `tsx scripts/static-server.ts ${E2E_DIST} ${E2E_BASE} ${PORT}`,
    url: `http://127.0.0.1:${PORT}${E2E_BASE}`,
    reuseExistingServer: false,
  },
});
