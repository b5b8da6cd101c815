import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { DATA_JSON_PATH } from '../src/api/paths';
import { handlers } from './handlers';

/**
 * MSW for `npm run dev`. `VITE_MOCK_FAILURE=500` or `=malformed` makes the data request fail, and
 * `VITE_MOCK_DELAY=<ms>` slows it, to try the loading and error states by hand.
 */
export function startMockWorker(env: { failure?: string; delayMs?: number }) {
  const failures = [
    http.get(`*/${DATA_JSON_PATH}`, async () => {
      if (env.delayMs) await delay(env.delayMs);
      if (env.failure === '500') return new HttpResponse('Simulated failure', { status: 500 });
      if (env.failure === 'malformed') return HttpResponse.json({ events: [{ id: 42 }] });
      return undefined;
    }),
  ];
  return setupWorker(...failures, ...handlers).start({ onUnhandledRequest: 'bypass', quiet: true });
}
