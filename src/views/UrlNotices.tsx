import { useUrlNotices } from './useView';

/** Tells the reader which address parameters were not understood and what is shown instead. */
export function UrlNotices() {
  const [notices, dismiss] = useUrlNotices();
  if (!notices.length) return null;
  return (
    <div
      role="status"
      className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      <div className="mx-auto flex max-w-6xl items-start justify-between gap-4">
        <p>
          Part of this address could not be used as written:{' '}
          {notices.map((n, i) => (
            <span key={`${n.param}-${i}`}>
              {i > 0 && '; '}
              <code className="font-mono">{n.param}</code> “{n.value}” ({n.message})
            </span>
          ))}
          .
        </p>
        <button
          type="button"
          onClick={dismiss}
          className="shrink-0 rounded px-2 underline underline-offset-2"
        >
          Dismiss
        </button>
      </div>
    </div>
  );
}
