import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { z } from 'zod';
import { datasetPlugin } from './scripts/vite-dataset-plugin';

/** `BASE_PATH=/sub/path/ npm run build` serves the app from a sub-path; it must start and end with a slash. */
const base = z
  .string()
  .regex(/^\/([\w.-]+\/)*$/, 'BASE_PATH must look like /sub/path/')
  .default('/')
  .parse(process.env.BASE_PATH || undefined);

export default defineConfig({
  base,
  plugins: [react(), tailwindcss(), datasetPlugin()],
  // The gzip budget in scripts/bundle-size.ts is the size check that matters; this only quiets
  // Vite's warning about the single app chunk's unzipped size.
  // The manifest lets scripts/bundle-size.ts follow each route's chunks.
  build: { target: 'es2022', chunkSizeWarningLimit: 1000, manifest: true },
});
