import { shownText } from '../url/params';
import { Link, useParams } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useLoadedDataset } from '../api/dataset';
import { ACTORS, ACTOR_META, type Actor, type TargetChange } from '../data/ids';
import type { Dataset, SanctionsEvent, Target } from '../data/schema';
import { dataSpan } from '../selectors/filter';
import { dayToTime, formatDay } from '../selectors/format';
import { eventDates, statusOn } from '../selectors/targets';
import { useWidth } from '../charts/useWidth';
import { useChartTheme } from './useChartModel';
import { KIND_LABEL, STATUS_LABEL } from './targetText';

const CHANGE_LABEL = {
  listed: 'Listed',
  eased: 'Eased by licence',
  delisted: 'Delisted',
  relisted: 'Listed again',
} as const satisfies Record<TargetChange, string>;

const CHANGE_SYMBOL = { listed: '●', eased: '◐', delisted: '○', relisted: '●' } as const satisfies Record<
  TargetChange,
  string
>;

/** `/targets/<id>`: one target's story, one lane per actor, every change linked to its action and source. */
export function TargetPage() {
  const { targetId } = useParams({ from: '/site/targets/$targetId' });
  const data = useLoadedDataset();
  const target = data.targets.find((t) => t.id === targetId);
  if (!target)
    return (
      <div className="mx-auto max-w-xl py-12">
        <h1 className="text-2xl font-semibold">No target with this id</h1>
        <p className="mt-2 text-gray-700 dark:text-gray-300">
          There is no named target “{shownText(targetId)}” in the data.
        </p>
        <Link
          to="/targets"
          search={{ q: targetId.replace(/-/g, ' ') }}
          className="mt-4 inline-block text-blue-700 underline dark:text-sky-300"
        >
          Search the targets for “{shownText(targetId.replace(/-/g, ' '))}”
        </Link>
      </div>
    );
  return <TargetDetails target={target} data={data} />;
}

type Change = { actor: Actor; change: TargetChange; event: SanctionsEvent; note?: string };

function TargetDetails({ target, data }: { target: Target; data: Dataset }) {
  const byId = useMemo(() => new Map(data.events.map((e) => [e.id, e])), [data]);
  const dates = useMemo(() => eventDates(data.events), [data]);
  const changes: Change[] = target.history.flatMap((c) => {
    const event = byId.get(c.event);
    return event ? [{ actor: c.actor, change: c.change, event, note: c.note }] : [];
  });
  const lanes = ACTORS.filter(
    (a) => changes.some((c) => c.actor === a) || target.unclear?.some((u) => u.actor === a),
  );
  const link = 'text-blue-700 underline dark:text-sky-300';
  return (
    <article className="max-w-4xl space-y-6">
      <Link to="/targets" className={`text-sm ${link}`}>
        ← All targets
      </Link>
      <header>
        <p className="text-sm text-gray-600 dark:text-gray-300">
          {KIND_LABEL[target.kind]} · {target.sector}
        </p>
        <h1 className="text-2xl font-bold tracking-tight text-gray-950 dark:text-white">{target.name}</h1>
        {target.aliases && (
          <p className="text-sm text-gray-700 dark:text-gray-300">
            Also written: {target.aliases.join('; ')}
          </p>
        )}
        {target.note && <p className="mt-2 text-sm">{target.note}</p>}
      </header>
      <section aria-labelledby="now-title">
        <h2 id="now-title" className="text-lg font-semibold">
          On {formatDay(data.asOf)}
        </h2>
        <ul className="mt-1 grid grid-cols-[repeat(auto-fit,minmax(min(12rem,100%),1fr))] gap-2 text-sm">
          {ACTORS.map((actor) => {
            const state = statusOn(target, actor, data.asOf, dates);
            return (
              <li key={actor}>
                <span className="font-semibold">{ACTOR_META[actor].label}:</span>{' '}
                <span aria-hidden="true">{STATUS_LABEL[state.status].symbol} </span>
                {STATUS_LABEL[state.status].word}
                {state.since && state.status !== 'never' && ` (${formatDay(state.since)})`}
                {state.unclear && <span className="font-semibold"> — unclear</span>}
              </li>
            );
          })}
        </ul>
      </section>
      <TargetLanes lanes={lanes} changes={changes} data={data} name={target.name} />
      {lanes.map((actor) => (
        <section key={actor} aria-labelledby={`lane-${actor}`}>
          <h2 id={`lane-${actor}`} className="text-lg font-semibold">
            {ACTOR_META[actor].label}
          </h2>
          <ol className="mt-1 space-y-1 text-sm">
            {changes
              .filter((c) => c.actor === actor)
              .map((c) => (
                <li key={`${c.event.id}-${c.change}`}>
                  <span aria-hidden="true">{CHANGE_SYMBOL[c.change]} </span>
                  <span className="font-semibold">{CHANGE_LABEL[c.change]}</span>, {formatDay(c.event.date)}:{' '}
                  <Link to="/events/$eventId" params={{ eventId: c.event.id }} className={link}>
                    {c.event.instrument}
                  </Link>
                  {c.event.sources[0] && (
                    <>
                      {' '}
                      (
                      <a href={c.event.sources[0].url} className={link} rel="noreferrer" target="_blank">
                        {c.event.sources[0].publisher}
                      </a>
                      )
                    </>
                  )}
                  {c.note && <span className="text-gray-700 dark:text-gray-300"> — {c.note}</span>}
                </li>
              ))}
          </ol>
          {target.unclear
            ?.filter((u) => u.actor === actor)
            .map((u) => (
              <p key={u.reason} className="mt-1 text-sm">
                <span className="font-semibold">Unclear:</span> {u.reason}
              </p>
            ))}
        </section>
      ))}
    </article>
  );
}

/** The target's changes drawn on one time axis, a lane per actor (the lists below carry the links). */
function TargetLanes({
  lanes,
  changes,
  data,
  name,
}: {
  lanes: readonly Actor[];
  changes: readonly Change[];
  data: Dataset;
  name: string;
}) {
  const theme = useChartTheme();
  const [ref, width] = useWidth<HTMLDivElement>();
  const span = dataSpan(data);
  const left = 44;
  const right = 16;
  const lane = 36;
  const height = lanes.length * lane + 28;
  const x = (date: string) =>
    left +
    ((dayToTime(date) - dayToTime(span.start)) / (dayToTime(span.end) - dayToTime(span.start))) *
      (width - left - right);
  const years = Array.from({ length: 6 }, (_, i) => {
    const first = Number(span.start.slice(0, 4)) + 1;
    const last = Number(span.end.slice(0, 4));
    return Math.round(first + ((last - first) * i) / 5);
  });
  return (
    <figure
      aria-label={`${name}: changes per actor over time`}
      className="rounded-lg border border-gray-200 bg-white p-3 dark:border-gray-700 dark:bg-gray-900"
    >
      <div ref={ref} data-target-timeline="">
        {width > 0 && (
          <svg
            width={width}
            height={height}
            role="img"
            aria-label={`${name}: ${changes.length} changes across ${lanes.length} actors`}
          >
            {years.map((year) => (
              <g key={year}>
                <line
                  x1={x(`${year}-01-01`)}
                  x2={x(`${year}-01-01`)}
                  y1={0}
                  y2={height - 20}
                  stroke={theme.grid}
                />
                <text
                  x={x(`${year}-01-01`)}
                  y={height - 6}
                  fontSize={12}
                  textAnchor="middle"
                  fill={theme.muted}
                >
                  {year}
                </text>
              </g>
            ))}
            {lanes.map((actor, i) => {
              const y = i * lane + lane / 2;
              const own = changes.filter((c) => c.actor === actor);
              return (
                <g key={actor}>
                  <text
                    x={left - 8}
                    y={y + 4}
                    fontSize={12}
                    fontWeight={600}
                    textAnchor="end"
                    fill={theme.text}
                  >
                    {ACTOR_META[actor].short}
                  </text>
                  <line x1={left} x2={width - right} y1={y} y2={y} stroke={theme.grid} />
                  {own.map((c, j) => {
                    const next = own[j + 1];
                    const listedUntil = c.change === 'delisted' ? undefined : (next?.event.date ?? data.asOf);
                    return (
                      <g key={`${c.event.id}-${c.change}`} className="target-change">
                        {listedUntil && (
                          <line
                            x1={x(c.event.date)}
                            x2={x(listedUntil)}
                            y1={y}
                            y2={y}
                            stroke={theme.actor(actor)}
                            strokeWidth={c.change === 'eased' ? 2 : 5}
                            strokeDasharray={c.change === 'eased' ? '4 3' : undefined}
                          />
                        )}
                        <circle
                          cx={x(c.event.date)}
                          cy={y}
                          r={6}
                          fill={c.change === 'delisted' ? theme.background : theme.actor(actor)}
                          stroke={theme.actor(actor)}
                          strokeWidth={2}
                        >
                          <title>{`${ACTOR_META[actor].short}, ${CHANGE_LABEL[c.change].toLowerCase()}, ${formatDay(c.event.date)}: ${c.event.instrument}`}</title>
                        </circle>
                      </g>
                    );
                  })}
                </g>
              );
            })}
          </svg>
        )}
      </div>
      <figcaption className="mt-1 text-xs text-gray-600 dark:text-gray-300">
        A thick line while listed, a dashed one while eased by licence; an open circle where delisted. Data as
        of {formatDay(data.asOf)}.
      </figcaption>
    </figure>
  );
}
