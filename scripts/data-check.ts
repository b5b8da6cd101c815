import { dataset } from '../src/data/dataset';
import { datasetSchema, describeDatasetIssues } from '../src/data/schema';

const result = datasetSchema.safeParse(dataset);
if (!result.success) {
  console.error(describeDatasetIssues(result.error, dataset).join('\n'));
  process.exit(1);
}
console.log(`ok: ${result.data.events.length} events, ${result.data.annotations.length} annotations`);
