import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { useRunsOffline } from './useOnline';

/** Whole days from one ISO day to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Said when the network is gone: the app runs from the copy saved on this device, and how old its data is. */
export function OfflineNotice({ asOf, className = '' }: { asOf: string | undefined; className?: string }) {
  const offline = useRunsOffline();
  if (!offline || !asOf) return null;
  const age = Math.max(0, daysBetween(asOf, new Date().toISOString().slice(0, 10)));
  return (
    <p
      role="status"
      className={`rounded bg-amber-100 px-3 py-1 text-sm text-amber-950 dark:bg-amber-900 dark:text-amber-50 ${className}`}
    >
      {t('pages.offline', { age, date: formatDay(asOf) })}
    </p>
  );
}
