import { dataset } from '../src/data/dataset';
import {
  publishedTranslations,
  publishedTranslationsSchema,
  type RecordTranslations,
} from '../src/data/schema';
import { be } from '../src/data/translations/be';
import { ru } from '../src/data/translations/ru';
import { uk } from '../src/data/translations/uk';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../src/i18n/locales';
import { readMessages } from './vite-messages-plugin';

/**
 * `npm run i18n:coverage`: how much of the tracker each language has. Interface strings: every
 * language must have all of English's (the checks fail otherwise, src/i18n/messages.test.ts); this
 * counts those still written as in English, which a translator should look at (a name, a code or
 * a format may rightly stay so). Records: the actions' summaries and the context events' titles
 * and summaries written in Belarusian, Russian and Ukrainian; the other languages show them in
 * English, marked so.
 */

const RECORDS: Partial<Record<Locale, RecordTranslations>> = { be, ru, uk };
const english = readMessages(DEFAULT_LOCALE);
const ids = [...dataset.events.map((e) => e.id), ...dataset.annotations.map((a) => a.id)];
const verbose = process.argv.includes('--list');

console.log(`interface strings: ${Object.keys(english).length} in English`);
for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
  const messages = readMessages(locale);
  const missing = Object.keys(english).filter((key) => !(key in messages));
  // Text with letters left as English wrote it, beyond the product's name.
  const same = Object.keys(english).filter(
    (key) =>
      messages[key] === english[key] &&
      /\p{L}{3}/u.test((english[key] ?? '').replace('Sanctions Tracker', '').replace(/\{[^}]*\}/g, '')),
  );
  const records = new Set(
    publishedTranslationsSchema.parse(publishedTranslations(RECORDS[locale] ?? {})).map(({ id }) => id),
  );
  const translated = ids.filter((id) => records.has(id)).length;
  console.log(
    `${locale}: interface ${Object.keys(english).length - missing.length}/${Object.keys(english).length}` +
      ` (${missing.length} missing, ${same.length} as in English); records ${translated}/${ids.length}`,
  );
  if (verbose) for (const key of [...missing, ...same]) console.log(`  ${key}: ${english[key] ?? ''}`);
}
