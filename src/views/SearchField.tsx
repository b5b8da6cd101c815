import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n/catalogue';

/** How long typing must pause before the search is applied. */
const SETTLE_MS = 250;

/**
 * A search box whose text reaches the address once typing pauses: the first change of an edit
 * adds a history entry, the rest of that edit replace it, so Back returns to before the search.
 */
export function SearchField({
  value,
  onCommit,
  label = t('events.search.label'),
  placeholder = t('events.search.placeholder'),
}: {
  value: string;
  onCommit: (value: string, options: { replace: boolean }) => void;
  label?: string;
  /** What can be searched for, shown in the empty field. */
  placeholder?: string;
}) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [shownValue, setShownValue] = useState(value);
  // The last text committed: when it comes back as the value while the reader has typed on (a
  // slow device, a busy page), what they typed stays; any other new value (Back, a link) shows.
  const [sent, setSent] = useState<string | undefined>(undefined);
  if (shownValue !== value) {
    setShownValue(value);
    if (value !== sent) setDraft(undefined);
  }
  const committed = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const commit = (text: string) => {
    clearTimeout(timer.current);
    if (text.trim() === value) return;
    setSent(text.trim());
    onCommit(text.trim(), { replace: committed.current });
    committed.current = true;
  };
  return (
    <label className="flex min-w-56 grow flex-col text-xs font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-300">
      {label}
      <input
        type="search"
        value={draft ?? value}
        placeholder={placeholder}
        onFocus={() => {
          committed.current = false;
        }}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(text), SETTLE_MS);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget.value);
        }}
        onBlur={(event) => commit(event.currentTarget.value)}
        className="mt-1 rounded-md border border-gray-400 bg-white px-2 py-1 text-sm font-normal normal-case tracking-normal text-gray-900 dark:border-gray-500 dark:bg-gray-900 dark:text-gray-100"
      />
    </label>
  );
}
