import { useSyncExternalStore } from 'react';
import { appUpdate } from '../api/update';
import { t } from '../i18n/catalogue';

/** "A newer version is available — Reload": shown once a new deploy's worker waits, never acted on alone. */
export function UpdatePrompt({ className = '' }: { className?: string }) {
  const waiting = useSyncExternalStore(appUpdate.subscribe, appUpdate.waiting, () => false);
  if (!waiting) return null;
  return (
    <div
      role="status"
      className={`flex flex-wrap items-center gap-x-3 gap-y-1 rounded border border-sky-400 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-50 print:hidden ${className}`}
    >
      <span>{t('pages.update.available')}</span>
      <button
        type="button"
        onClick={() => void appUpdate.apply()}
        className="rounded border border-sky-600 px-2 py-0.5 font-medium dark:border-sky-400"
      >
        {t('pages.update.reload')}
      </button>
    </div>
  );
}
