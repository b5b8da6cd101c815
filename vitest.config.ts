import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { messagesPlugin } from './scripts/vite-messages-plugin';

/**
 * Two projects: pure tests (data, URL codecs, selectors, chart specs, scripts) under Node, with no
 * DOM to set up; component and flow tests (`*.test.tsx`) under jsdom with MSW. The built app is
 * tested in Chromium by Playwright (tests/e2e).
 */
export default defineConfig({
  plugins: [messagesPlugin()],
  test: {
    restoreMocks: true,
    // Both cores: Vitest's default leaves one free, which on a two-core machine is half of it.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          isolate: false,
          environment: 'node',
          setupFiles: ['tests/english.ts'],
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          setupFiles: ['tests/english.ts', 'tests/setup.ts'],
          include: ['src/**/*.test.tsx', 'tests/**/*.test.{ts,tsx}'],
          // A flow renders the whole app on the whole dataset: seconds, not milliseconds, on two busy cores.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
