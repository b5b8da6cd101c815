import type { SanctionsEvent } from '../data/schema';
import { langOf, recordText } from '../i18n/records';

/** An action's summary in the page's language where it is written in it, else in English, marked so. */
export function Summary({
  event,
  className = 'text-gray-700 dark:text-gray-300',
}: {
  event: SanctionsEvent;
  className?: string;
}) {
  const { summary, lang } = recordText(event);
  return (
    <p className={className} lang={langOf(lang)}>
      {summary}
    </p>
  );
}
