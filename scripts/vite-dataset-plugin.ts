import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { appRoutePaths, DATA_CSV_PATH, DATA_JSON_PATH } from '../src/api/paths';
import { datasetToCsv } from '../src/data/csv';
import { dataset } from '../src/data/dataset';
import { datasetSchema, describeDatasetIssues } from '../src/data/schema';

/**
 * Publishes the data module with the build: validates it (a bad record fails the build, naming the
 * record and field), emits `data/sanctions.json` and `.csv`, copies index.html to every app route
 * (and 404.html) so deep links load from any static host, and drops MSW's dev-only worker.
 */
export function datasetPlugin(): Plugin {
  return {
    name: 'sanctions-dataset',
    apply: 'build',
    generateBundle() {
      const result = datasetSchema.safeParse(dataset);
      if (!result.success) {
        this.error(`The dataset is invalid:\n  ${describeDatasetIssues(result.error, dataset).join('\n  ')}`);
      }
      this.emitFile({ type: 'asset', fileName: DATA_JSON_PATH, source: JSON.stringify(result.data) });
      this.emitFile({ type: 'asset', fileName: DATA_CSV_PATH, source: datasetToCsv(result.data) });
    },
    async writeBundle(options) {
      const dir = options.dir ?? 'dist';
      const index = path.join(dir, 'index.html');
      for (const route of appRoutePaths().filter(Boolean)) {
        await mkdir(path.join(dir, route), { recursive: true });
        await copyFile(index, path.join(dir, route, 'index.html'));
      }
      await copyFile(index, path.join(dir, '404.html'));
      await rm(path.join(dir, 'mockServiceWorker.js'), { force: true });
    },
  };
}
