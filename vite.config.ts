import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { z } from 'zod';
import { dataset } from './src/data/dataset';
import { cspPlugin } from './scripts/vite-csp-plugin';
import { datasetPlugin } from './scripts/vite-dataset-plugin';

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
    datasetPlugin({ dataUrl: process.env.VITE_DATA_URL || undefined }),
    cspPlugin({ base, dataUrl: process.env.VITE_DATA_URL || undefined }),
    // Offline once loaded: the worker precaches the app shell and caches the dataset as the app
    // fetches it (network first: the data path stays a plain fetch, and a copy is kept for when the
    // network is gone). The data cache is named by dataset version, so a new deploy never mixes an
    // old app with new data; outdated precaches are removed when the new worker takes over.
    // Pages come from the network, each with its own pre-rendered first chart; only when the
    // network fails or hangs does the worker answer with the precached shell, which draws any page.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['assets/**/*.{js,css}', 'index.html', 'boot.js', 'favicon.svg'],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
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
