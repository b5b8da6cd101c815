import { DATA_CSV_URL, DATA_URL } from '../api/config';
import { useDataset } from '../api/dataset';
import { ACTION_META, ACTIONS, MEASURE_META, MEASURES } from '../data/ids';
import { formatDay } from '../selectors/format';

/** `/about`: what a record is, how the numbers are made, how to cite, and the downloads. */
export function AboutPage() {
  const query = useDataset();
  const asOf = query.data?.asOf;
  return (
    <article className="prose-sm max-w-3xl space-y-4 text-gray-800 dark:text-gray-200 [&_h2]:mt-6 [&_h2]:text-lg [&_h2]:font-semibold [&_a]:underline">
      <h1 className="text-2xl font-bold text-gray-950 dark:text-white">About the data</h1>
      <p>
        Sanctions Tracker records every sanctions action the United States and the European Union have taken
        on Belarus since 2004 — imposed, expanded, renewed, eased, suspended, lifted — one record per action,
        dated to the day the act was adopted, with the legal instrument and a link to its source. For
        comparison it also records the measures of the United Kingdom, Canada and Switzerland, and Belarus's
        own counter-measures against them.
        {asOf && <> The data was last checked on {formatDay(asOf)}.</>}
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
        United States, which publishes no Belarus totals.
      </p>
      <h2>How to cite</h2>
      <p>
        Sanctions Tracker, “US and EU sanctions on Belarus”{asOf && `, data as of ${formatDay(asOf)}`}. Cite
        the legal act linked from each record for any single fact.
      </p>
      <h2>Downloads</h2>
      <p>
        The whole dataset: <a href={DATA_URL}>sanctions.json</a> (the file the app reads) and{' '}
        <a href={DATA_CSV_URL}>sanctions.csv</a> (one row per action, primary source in its own column).
      </p>
    </article>
  );
}
