import { DATA_CHANGES_URL, DATA_CSV_URL, DATA_FEED_URL, DATA_TARGETS_CSV_URL, DATA_URL } from '../api/config';
import { absoluteUrl, appHref } from '../api/links';
import { useDataset } from '../api/dataset';
import { Link } from '@tanstack/react-router';
import { ACTION_META, ACTIONS, ACTOR_META, ACTORS, MEASURE_META, MEASURES } from '../data/ids';
import type { Dataset } from '../data/schema';
import { plural } from '../selectors/format';
import { formatCount, formatDay } from '../i18n/format';
import { DataFailure } from './DataState';

/** `/about`: what a record is, how the numbers are made, how to cite, and the downloads. */
export function AboutPage() {
  const query = useDataset();
  const asOf = query.data?.asOf;
  const version = query.data?.version;
  return (
    <article className="prose-sm max-w-3xl space-y-4 text-gray-800 dark:text-gray-200 [&_h2]:mt-6 [&_h2]:text-lg [&_h2]:font-semibold [&_a]:underline">
      <h1 className="text-2xl font-bold text-gray-950 dark:text-white">About the data</h1>
      {query.isError && (
        <DataFailure error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      )}
      <p>
        Sanctions Tracker records every sanctions action the United States and the European Union have taken
        on Belarus since 2004 — imposed, expanded, renewed, eased, suspended, lifted — one record per action,
        dated to the day the act was adopted, with the legal instrument and a link to its source. For
        comparison it also records the measures of the United Kingdom, Canada and Switzerland, and Belarus's
        own counter-measures against them.
        {asOf && version && (
          <>
            {' '}
            This is version <strong>{version}</strong> of the dataset; its records were last checked against
            their sources on {formatDay(asOf)}.
          </>
        )}
      </p>
      <h2>Source policy</h2>
      <p>
        Every record cites the sources its facts were seen in. The first is the legal act or the official
        release of the body that adopted it wherever one exists (the Federal Register, Treasury and OFAC, the
        State Department, the White House; EUR-Lex and the Council; legislation.gov.uk and GOV.UK; the Canada
        Gazette; the Swiss Federal Council and SECO; for Belarus's own counter-measures, its government's
        publications, labelled as such). An act whose official identifier was read is cited at its official
        repository's address. Reporting comes only from established outlets, and analysis from law firms and
        research institutes; state propaganda outlets and content farms are never cited. Where no source
        counts what an action changed, the record says why.
      </p>
      <h2>What one record is</h2>
      <p>
        One decision by one actor on one day: an executive order, an OFAC designation or general license, a
        Council decision with its implementing regulation. Each record names its instrument, the kinds of
        measure it concerns, the persons and entities it listed or delisted where a source counts them, and at
        least one source, the legal act or the official release first. Easing and lifting records point at the
        earlier records they relax.
      </p>
      <h2>Kinds of action</h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {ACTIONS.map((a) => (
          <div key={a} className="contents">
            <dt className="font-semibold">{ACTION_META[a].label}</dt>
            <dd>{ACTION_META[a].meaning}</dd>
          </div>
        ))}
      </dl>
      <h2>Kinds of measure</h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {MEASURES.map((m) => (
          <div key={m} className="contents">
            <dt className="font-semibold">{MEASURE_META[m].label}</dt>
            <dd>{MEASURE_META[m].meaning}</dd>
          </div>
        ))}
      </dl>
      <h2>How the in-force numbers are made</h2>
      <p>
        Where an official release states how many persons and entities are listed after an action (EU Council
        releases usually do), the chart uses that total and marks it with a dot. Between such totals it adds
        the listings and subtracts the delistings that sources count for each action. Actions whose counts no
        source gives add nothing, so a running sum can be lower than the truth; that is most visible for the
        United States, which publishes no Belarus totals. The line counts each actor's Belarus regime:
        Belarusians listed under another regime (the EU's and the UK's Russia regimes, human-rights regimes)
        are actions in the charts, marked with their regime on their page, but not part of this stock.
      </p>
      <h2>Records without an official text</h2>
      {query.data ? <Unofficial data={query.data} /> : <p>The list appears once the data has loaded.</p>}
      <h2>How to cite</h2>
      <p>Cite the dataset as:</p>
      <blockquote className="border-l-4 border-gray-300 pl-3 [overflow-wrap:anywhere] dark:border-gray-600">
        Sanctions Tracker, “US and EU sanctions on Belarus”, dataset version {version ?? '…'}
        {asOf && `, data as of ${formatDay(asOf)}`}, {absoluteUrl(appHref('/about'))}.
      </blockquote>
      <p>For any single fact, cite the legal act linked from its record.</p>
      <h2>Downloads</h2>
      <ul className="list-disc pl-5">
        <li>
          <a href={DATA_URL}>sanctions.json</a>: the whole dataset, the file the app reads.
        </li>
        <li>
          <a href={DATA_CSV_URL}>sanctions.csv</a>: one row per action, its first source in its own columns.
        </li>
        <li>
          <a href={DATA_TARGETS_CSV_URL}>targets.csv</a>: the named targets, one row per change of status
          under an actor, with the action that made it or the list, listing and dated copy it was seen on;
          each target also as JSON at <code>data/targets/&lt;id&gt;.json</code>, linked from its page.
        </li>
        <li>
          <a href={DATA_CHANGES_URL}>changes.json</a>: what each version added, corrected and removed.
        </li>
        <li>
          <a href={DATA_FEED_URL}>feed.xml</a>: the same changes as an Atom feed, for feed readers.
        </li>
      </ul>
    </article>
  );
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
      <p>
        {plural(records.length, 'record')} of {formatCount(data.events.length)} cite no official text, because
        none could be found: each is cited from reporting or analysis, and says so on its page.
      </p>
      {byActor.map(({ actor, records: own }) => (
        <details key={actor}>
          <summary className="cursor-pointer">
            {ACTOR_META[actor].label}: {plural(own.length, 'record')} of{' '}
            {formatCount(data.events.filter((e) => e.actor === actor).length)}
          </summary>
          <ul className="list-disc pl-5">
            {own.map((e) => (
              <li key={e.id}>
                <Link to="/events/$eventId" params={{ eventId: e.id }}>
                  {e.instrument}
                </Link>{' '}
                ({formatDay(e.date)}): {e.noOfficialText}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </>
  );
}
