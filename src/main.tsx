import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BASE_PATH } from './api/config';
import { appUpdate } from './api/update';
import { loadCatalogue } from './i18n/load';
import { splitLocale } from './i18n/locales';
import { endPrerender } from './prerender';
import { createAppRouter } from './router';
import { pageAt } from './url/pages';
import './index.css';

async function startDevMocks() {
  if (!import.meta.env.DEV) return;
  const { startMockWorker } = await import('../mocks/browser');
  await startMockWorker({
    failure: import.meta.env.VITE_MOCK_FAILURE,
    delayMs: Number(import.meta.env.VITE_MOCK_DELAY) || undefined,
  });
}

/**
 * In production, the service worker that keeps the app and its data for offline use. A newer
 * deploy's worker waits; the page offers it (UpdatePrompt) and reloads only when the reader asks.
 */
function registerOfflineCopy() {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const update = registerSW({
      immediate: true,
      onNeedRefresh: () =>
        appUpdate.offer(async () => {
          // The new worker takes over when told to; the page then reloads under it, once.
          navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
            once: true,
          });
          await update(true);
        }),
    });
  });
}

// The page's language is the address's (src/i18n/locales.ts), whatever document the host served
// for it (the offline worker's shell is English).
const route = window.location.pathname.slice(BASE_PATH.length);
const { locale } = splitLocale(route);
document.documentElement.lang = locale;
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });

registerOfflineCopy();
// A pre-rendered first screen that boot.js did not show is dropped; one that is shown gives way to
// the app once its first chart is drawn, or after ten seconds whatever happens. Until then its
// fields take the keyboard, and what they hold carries over (src/prerender.ts).
if (document.documentElement.dataset.prerender !== 'on') endPrerender();
else setTimeout(endPrerender, 10_000);
void Promise.all([startDevMocks(), loadCatalogue(locale, pageAt(route) ?? 'frame')]).then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // After the catalogue: reading the address may already have something to say.
  const router = createAppRouter(queryClient, undefined, locale);
  // A transition: React renders the first page in slices between which the browser can paint and
  // answer input, rather than in one long task.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
});
