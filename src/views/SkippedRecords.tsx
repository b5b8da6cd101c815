import { t } from '../i18n/catalogue';
import { useSkippedRecords } from './useOnline';

/** Records named at once; the rest behind a disclosure. */
const SHOWN = 5;

/** Says which records of the published data broke its contract and were left out. */
export function SkippedRecords({ className = '' }: { className?: string }) {
  const skipped = useSkippedRecords();
  if (!skipped.length) return null;
  return (
    <div
      role="status"
      className={`rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50 ${className}`}
    >
      <p>{t('pages.skipped.summary', { count: skipped.length })}</p>
      <ul className="mt-1 list-disc pl-5 font-mono text-xs">
        {skipped.slice(0, SHOWN).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {skipped.length > SHOWN && (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer">
            {t('pages.skipped.more', { count: skipped.length - SHOWN })}
          </summary>
          <ul className="list-disc pl-5 font-mono">
            {skipped.slice(SHOWN).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
