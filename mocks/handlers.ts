import { delay, http, HttpResponse } from 'msw';
import { DATA_JSON_PATH } from '../src/api/paths';
import { dataset } from '../src/data/dataset';

/** The happy path: the dataset at its published URL, under any base path. */
export const handlers = [
  http.get(`*/${DATA_JSON_PATH}`, async () => {
    await delay();
    return HttpResponse.json(dataset);
  }),
];
