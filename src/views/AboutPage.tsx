import { DATA_CHANGES_URL, DATA_CSV_URL, DATA_FEED_URL, DATA_TARGETS_CSV_URL, DATA_URL } from '../api/config';
import { absoluteUrl, appHref } from '../api/links';
import { useDataset } from '../api/dataset';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ACTIONS, ACTORS, MEASURES } from '../data/ids';
import type { Dataset } from '../data/schema';
import { t, tRich, type MessageKey } from '../i18n/catalogue';
import { formatCount, formatDay } from '../i18n/format';
import { actionLabel, actionMeaning, actorLabel, measureLabel, measureMeaning } from '../i18n/labels';
import { DataFailure } from './DataState';
import { Later } from './Later';
import { inEnglish } from '../i18n/records';

/** `/about`: what a record is, how the numbers are made, how to cite, and the downloads. */
export function AboutPage() {
  const query = useDataset();
  const asOf = query.data?.asOf;
  const version = query.data?.version;
  return (
    <article className="prose-sm max-w-3xl space-y-4 text-gray-800 dark:text-gray-200 [&_h2]:mt-6 [&_h2]:text-lg [&_h2]:font-semibold [&_a]:underline">
      <h1 className="text-2xl font-bold text-gray-950 dark:text-white">{t('about.title')}</h1>
      {query.isError && (
        <DataFailure error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      )}
      <p>
        {t('about.intro')}
        {asOf && version && (
          <>
            {' '}
            {tRich<ReactNode>('about.version', {
              version,
              date: formatDay(asOf),
              strong: (chunks) => <strong key="version">{chunks}</strong>,
            })}
          </>
        )}
      </p>
      <Later>
        {() => (
          <>
            <h2>{t('about.sources.title')}</h2>
            <p>{t('about.sources.text')}</p>
            <h2>{t('about.record.title')}</h2>
            <p>{t('about.record.text')}</p>
            <h2>{t('about.actions')}</h2>
            <Terms terms={ACTIONS.map((a) => [actionLabel(a), actionMeaning(a)])} />
            <h2>{t('about.measures')}</h2>
            <Terms terms={MEASURES.map((m) => [measureLabel(m), measureMeaning(m)])} />
            <h2>{t('about.inForce.title')}</h2>
            <p>{t('about.inForce.text')}</p>
            <h2>{t('about.unofficial.title')}</h2>
            {query.data ? <Unofficial data={query.data} /> : <p>{t('about.unofficial.loading')}</p>}
            <h2>{t('about.cite.title')}</h2>
            <p>{t('about.cite.intro')}</p>
            <blockquote className="border-l-4 border-gray-300 pl-3 [overflow-wrap:anywhere] dark:border-gray-600">
              {asOf
                ? t('about.cite.dated', {
                    version: version ?? '…',
                    date: formatDay(asOf),
                    address: absoluteUrl(appHref('/about')),
                  })
                : t('about.cite.undated', {
                    version: version ?? '…',
                    address: absoluteUrl(appHref('/about')),
                  })}
            </blockquote>
            <p>{t('about.cite.fact')}</p>
            <h2>{t('about.downloads.title')}</h2>
            <ul className="list-disc pl-5">
              <li>{download(DATA_URL, 'about.downloads.json')}</li>
              <li>{download(DATA_CSV_URL, 'about.downloads.csv')}</li>
              <li>
                {tRich<ReactNode>('about.downloads.targets', {
                  path: 'data/targets/<id>.json',
                  link: (chunks) => (
                    <a key="link" href={DATA_TARGETS_CSV_URL}>
                      {chunks}
                    </a>
                  ),
                  code: (chunks) => <code key="code">{chunks}</code>,
                })}
              </li>
              <li>{download(DATA_CHANGES_URL, 'about.downloads.changes')}</li>
              <li>{download(DATA_FEED_URL, 'about.downloads.feed')}</li>
            </ul>
          </>
        )}
      </Later>
    </article>
  );
}

/** A list of terms and what each means, side by side where there is room. */
function Terms({ terms }: { terms: Array<[term: string, meaning: string]> }) {
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)]">
      {terms.map(([term, meaning]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd>{meaning}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A download's entry: its file name linked (the message's `<link>`), and what it holds. */
function download(href: string, key: MessageKey): ReactNode {
  return tRich(key, {
    link: (chunks) => (
      <a key="link" href={href}>
        {chunks}
      </a>
    ),
  });
}

/**
 * Every record whose first source is reporting or analysis, with the reason its record gives: the
 * honest remainder of the source policy, per actor.
 */
function Unofficial({ data }: { data: Dataset }) {
  const records = data.events.filter((e) => e.noOfficialText);
  const byActor = ACTORS.map((actor) => ({
    actor,
    records: records.filter((e) => e.actor === actor),
  })).filter((group) => group.records.length > 0);
  return (
    <>
      <p>{t('about.unofficial.text', { count: records.length, total: formatCount(data.events.length) })}</p>
      {byActor.map(({ actor, records: own }) => (
        <details key={actor}>
          <summary className="cursor-pointer">
            {t('about.unofficial.actor', {
              actor: actorLabel(actor),
              count: own.length,
              total: formatCount(data.events.filter((e) => e.actor === actor).length),
            })}
          </summary>
          <ul className="list-disc pl-5">
            {own.map((e) => (
              <li key={e.id}>
                <Link to="/events/$eventId" params={{ eventId: e.id }} lang={inEnglish()}>
                  {e.instrument}
                </Link>{' '}
                ({formatDay(e.date)}): <span lang={inEnglish()}>{e.noOfficialText}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </>
  );
}
