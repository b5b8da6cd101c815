import { useEffect, useId, useRef, useState } from 'react';
import { isoDateSchema } from '../data/schema';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';

/** How long typing must pause before a complete date is applied. */
const SETTLE_MS = 700;

type DateFieldProps = {
  label: string;
  /** The committed value (from the URL), or undefined for "no limit". */
  value: string | undefined;
  min: string;
  max: string;
  /**
   * Called with a complete date inside [min, max], or undefined when cleared. `replace` is true
   * for a second commit during the same edit, so one edit leaves one history entry.
   */
  onCommit: (value: string | undefined, options: { replace: boolean }) => void;
};

/**
 * A date input that keeps what is being typed to itself. A browser's date field reports every
 * keystroke as a date (typing the year 2020 passes through 0002, 0020 and 0202): only a complete
 * date inside the data's span is applied, once typing pauses, on Enter, or when the field is left.
 * Anything else is kept in the field until left, then reverted with a message.
 */
export function DateField({ label, value, min, max, onCommit }: DateFieldProps) {
  // Not made from the label: a label in another script has no letters an id keeps.
  const id = `date-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  // When the committed value changes (this field's commit landing, Back, a reset), what was
  // being typed is settled: show the value.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    setDraft(undefined);
  }
  const committedThisEdit = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const usable = (text: string) =>
    text === '' || (isoDateSchema.safeParse(text).success && text >= min && text <= max);

  const commit = (text: string) => {
    clearTimeout(timer.current);
    if ((text || undefined) !== value) {
      onCommit(text || undefined, { replace: committedThisEdit.current });
      committedThisEdit.current = true;
    }
  };

  const settle = () => {
    if (draft === undefined) return;
    if (usable(draft)) {
      commit(draft);
      setProblem(undefined);
    } else {
      setProblem(t('pages.filters.badDate', { min: formatDay(min), max: formatDay(max) }));
    }
    setDraft(undefined);
  };

  return (
    <div className="flex flex-col">
      <label
        htmlFor={id}
        className="text-xs font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-300"
      >
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={draft ?? value ?? ''}
        min={min}
        max={max}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onFocus={() => {
          committedThisEdit.current = false;
        }}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          setProblem(undefined);
          clearTimeout(timer.current);
          if (usable(text)) timer.current = setTimeout(() => commit(text), SETTLE_MS);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') settle();
        }}
        onBlur={settle}
        className="mt-1 rounded-md border border-gray-400 bg-white px-2 py-1 text-sm text-gray-900 aria-invalid:border-red-700 dark:border-gray-500 dark:bg-gray-900 dark:text-gray-100 dark:[color-scheme:dark]"
      />
      {problem && (
        <p id={`${id}-problem`} role="alert" className="mt-1 max-w-48 text-xs text-red-800 dark:text-red-300">
          {problem}
        </p>
      )}
    </div>
  );
}
