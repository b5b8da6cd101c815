import { delay, http, HttpResponse } from 'msw';
import { DATA_JSON_PATH, dataTranslationsPath } from '../src/api/paths';
import { dataset } from '../src/data/dataset';
import { publishedTranslations } from '../src/data/schema';
import { RECORD_TRANSLATIONS } from '../src/data/translations';

/** The happy path: the dataset and the records' translations at their published URLs, under any base path. */
export const handlers = [
  http.get(`*/${DATA_JSON_PATH}`, async () => {
    await delay();
    return HttpResponse.json(dataset);
  }),
  ...Object.entries(RECORD_TRANSLATIONS).map(([locale, records]) =>
    http.get(`*/${dataTranslationsPath(locale)}`, () => HttpResponse.json(publishedTranslations(records))),
  ),
];
