import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { z } from 'zod';
import { dataset } from './src/data/dataset';
import { cspPlugin } from './scripts/vite-csp-plugin';
import { datasetPlugin } from './scripts/vite-dataset-plugin';
import { messagesPlugin } from './scripts/vite-messages-plugin';

/** `BASE_PATH=/sub/path/ npm run build` serves the app from a sub-path; it must start and end with a slash. */
const base = z
  .string()
  .regex(/^\/([\w.-]+\/)*$/, 'BASE_PATH must look like /sub/path/')
  .default('/')
  .parse(process.env.BASE_PATH || undefined);

/** Where the build is written: `dist`, or `OUT_DIR` (the browser tests build into `.e2e/dist`). */
const OUT_DIR = process.env.OUT_DIR || 'dist';

export default defineConfig({
  base,
  plugins: [
    react(),
    tailwindcss(),
    messagesPlugin(),
    datasetPlugin({ dataUrl: process.env.VITE_DATA_URL || undefined }),
    cspPlugin({ base, dataUrl: process.env.VITE_DATA_URL || undefined }),
    // Offline once any page has been opened: the worker precaches the app shell, its code and the
    // embedded dataset, each with its revision, as it installs (not as pages happen to fetch them).
    // Pages come from the network while it answers, each with its own pre-rendered first chart;
    // only when the network fails or hangs does the worker answer with the precached shell, which
    // draws any page. A new deploy's worker waits: the reader is told and reloads when they choose
    // (src/views/UpdatePrompt.tsx); until then the old worker keeps serving the old app whole.
    // Data from another origin (VITE_DATA_URL) is kept as fetched, network first, and a body is
    // kept only if it is a dataset.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: [
          'assets/**/*.{js,css}',
          'index.html',
          'favicon.svg',
          'data/sanctions.json',
          'data/translations/*.json',
        ],
        cleanupOutdatedCaches: true,
        // The first worker takes the page that installed it; a later one waits for the reader.
        clientsClaim: true,
        skipWaiting: false,
        // `/` is a page like any other, from the network first: never matched to the precached
        // shell (index.html) while the network answers.
        directoryIndex: null,
        // No fallback route for every navigation: the first runtime route below decides.
        navigateFallback: null,
        runtimeCaching: [
          {
            urlPattern: ({ request, url }) =>
              request.mode === 'navigate' && !/\/data\/|\/embed\.js$|\/boot\.js$/.test(url.pathname),
            // Network first, with nothing ever stored: a page's HTML must match the assets of the
            // worker that serves them, which only the precached shell is sure to.
            handler: 'NetworkFirst',
            options: {
              cacheName: 'pages',
              networkTimeoutSeconds: 5,
              precacheFallback: { fallbackURL: `${base}index.html` },
              plugins: [{ cacheWillUpdate: () => Promise.resolve(null) }],
            },
          },
          {
            urlPattern: ({ url }) => url.pathname.endsWith('/data/sanctions.json'),
            handler: 'NetworkFirst',
            options: {
              cacheName: `sanctions-data-${dataset.version}`,
              networkTimeoutSeconds: 8,
              cacheableResponse: { statuses: [200] },
              plugins: [
                {
                  // Only a dataset is kept: an error page, a truncated body or another shape never
                  // replaces the copy (the app checks the whole contract when it reads it).
                  cacheWillUpdate: async ({ response }) => {
                    try {
                      const body: unknown = await response.clone().json();
                      if (typeof body !== 'object' || body === null) return null;
                      const events: unknown = Reflect.get(body, 'events');
                      const dataset =
                        typeof Reflect.get(body, 'version') === 'string' &&
                        Array.isArray(events) &&
                        events.length > 0 &&
                        Array.isArray(Reflect.get(body, 'annotations')) &&
                        Array.isArray(Reflect.get(body, 'targets'));
                      return dataset ? response : null;
                    } catch {
                      return null;
                    }
                  },
                },
                {
                  // Served from the saved copy (the network failed): say so to the page.
                  cachedResponseWillBeUsed: async ({ cachedResponse }) => {
                    if (!cachedResponse) return cachedResponse;
                    const headers = new Headers(cachedResponse.headers);
                    headers.set('x-sanctions-offline-copy', '1');
                    return new Response(await cachedResponse.blob(), {
                      status: cachedResponse.status,
                      statusText: cachedResponse.statusText,
                      headers,
                    });
                  },
                },
              ],
            },
          },
        ],
      },
    }),
  ],
  // The gzip budgets per route in scripts/bundle-size.ts are the size checks that matter; this
  // only quiets Vite's warning about chunk sizes. The manifest lets that script follow each
  // route's chunks.
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1000,
    manifest: true,
    outDir: OUT_DIR,
    emptyOutDir: true,
  },
});
