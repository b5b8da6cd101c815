import { useSkippedRecords } from './useOnline';

/** Says which records of the published data broke its contract and were left out. */
export function SkippedRecords({ className = '' }: { className?: string }) {
  const skipped = useSkippedRecords();
  if (!skipped.length) return null;
  return (
    <div
      role="status"
      className={`rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50 ${className}`}
    >
      <p>
        {skipped.length === 1 ? 'One record' : `${skipped.length} records`} of the published data broke its
        contract and {skipped.length === 1 ? 'is' : 'are'} left out; everything else is shown.
      </p>
      <ul className="mt-1 list-disc pl-5 font-mono text-xs">
        {skipped.slice(0, 5).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
