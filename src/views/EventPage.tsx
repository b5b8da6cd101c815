import { shownText } from '../url/params';
import { Link, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useLoadedDataset } from '../api/dataset';
import type { Dataset, SanctionsEvent } from '../data/schema';
import { relatedEvents, sameDay } from '../selectors/events';
import { regimeOf } from '../selectors/filter';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import {
  actionLabel,
  actionMeaning,
  actorLabel,
  actorShort,
  changeLabel,
  instrumentLabel,
  measureLabel,
  regimeLabel,
  sourceKindLabel,
} from '../i18n/labels';
import { stockHistory, stockOn } from '../selectors/inForce';
import { countText, inSentence } from './eventText';
import { Summary } from './Summary';
import { inEnglish } from '../i18n/records';

const link = 'text-blue-700 underline underline-offset-2 dark:text-sky-300';

/** `/events/<id>`: everything about one action, its sources, and the actions related to it. */
export function EventPage() {
  const { eventId } = useParams({ from: '/site/events/$eventId' });
  const data = useLoadedDataset();
  const event = data.events.find((e) => e.id === eventId);
  return event ? <EventDetails event={event} data={data} /> : <EventNotFound id={eventId} />;
}

function EventNotFound({ id }: { id: string }) {
  const words = id
    .replace(/^[a-z]+-\d{4}-\d{2}-\d{2}-/, '')
    .replace(/[-_]+/g, ' ')
    .slice(0, 80);
  return (
    <div className="mx-auto max-w-xl py-12">
      <h1 className="text-2xl font-semibold">{t('events.notFound.title')}</h1>
      <p className="mt-2 text-gray-700 dark:text-gray-300">
        {t('events.notFound.text', { id: shownText(id) })}
      </p>
      <Link to="/events" search={{ q: words }} className={`mt-4 inline-block ${link}`}>
        {t('events.notFound.search', { words: shownText(words) })}
      </Link>
    </div>
  );
}

function EventLinkLine({ event, current }: { event: SanctionsEvent; current?: boolean }) {
  const text = t('events.page.chainItem', { action: actionLabel(event.action), date: formatDay(event.date) });
  return current ? (
    <span aria-current="page" className="font-semibold">
      {text}
    </span>
  ) : (
    // A target of at least 24 px (WCAG 2.2), as the chain wraps into lines on a phone.
    <Link to="/events/$eventId" params={{ eventId: event.id }} className={`inline-block py-0.5 ${link}`}>
      {text}
    </Link>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="font-semibold text-gray-700 dark:text-gray-300">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function EventDetails({ event, data }: { event: SanctionsEvent; data: Dataset }) {
  const related = relatedEvents(data.events, event.id);
  const others = sameDay(data.events, event);
  const stock = stockOn(stockHistory(data.events, event.actor, data.checkpoints), event.date);
  const touched = data.targets.flatMap((target) =>
    target.history.filter((c) => c.event === event.id).map((c) => ({ target, change: c.change })),
  );
  return (
    <article className="max-w-3xl space-y-6">
      <Link to="/events" className={`text-sm ${link}`}>
        {t('events.page.back')}
      </Link>
      <header>
        <p className="text-sm text-gray-600 dark:text-gray-300">
          {actorLabel(event.actor)} · {actionLabel(event.action)} · {formatDay(event.date)}
        </p>
        <h1 className="text-2xl font-bold tracking-tight text-gray-950 dark:text-white" lang={inEnglish()}>
          {event.instrument}
        </h1>
        <Summary event={event} className="mt-2 text-gray-800 dark:text-gray-200" />
      </header>

      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)] text-sm">
        <Row label={t('events.page.date')}>{formatDay(event.date)}</Row>
        <Row label={t('events.page.actor')}>{actorLabel(event.actor)}</Row>
        <Row label={t('events.page.kind')}>
          {actionLabel(event.action)} — {actionMeaning(event.action)}
        </Row>
        <Row label={t('events.page.instrument')}>
          <span lang={inEnglish()}>{event.instrument}</span> (
          {inSentence(instrumentLabel(event.instrumentType), true)})
        </Row>
        <Row label={t('events.page.regime')}>{regimeLabel(regimeOf(event))}</Row>
        <Row label={t('events.page.measures')}>{event.measures.map(measureLabel).join(', ')}</Row>
        {event.targets && <Row label={t('events.page.targets')}>{event.targets.join('; ')}</Row>}
        {event.listed && <Row label={t('events.page.listed')}>{countText(event.listed)}</Row>}
        {event.delisted && <Row label={t('events.page.delisted')}>{countText(event.delisted)}</Row>}
        {event.uncounted && (
          <Row label={t('events.page.count')}>{t('events.page.notKnown', { reason: event.uncounted })}</Row>
        )}
        {event.inForce && (
          <Row label={t('events.page.inForce')}>
            {t('events.page.inForceTotal', {
              count: (event.inForce.persons ?? 0) + (event.inForce.entities ?? 0),
              estimated: event.estimated ? 'yes' : 'no',
            })}
          </Row>
        )}
        {!event.inForce && stock && (
          <Row label={t('events.page.listedAfter')}>
            {t('events.page.listedAfterTotal', { count: stock.total, basis: stock.basis })}
          </Row>
        )}
      </dl>

      {event.note && (
        <section aria-labelledby="note-title">
          <h2 id="note-title" className="text-lg font-semibold">
            {t('events.page.note')}
          </h2>
          <p className="text-sm text-gray-800 dark:text-gray-200" lang={inEnglish()}>
            {event.note}
          </p>
        </section>
      )}

      <section aria-labelledby="sources-title">
        <h2 id="sources-title" className="text-lg font-semibold">
          {t('events.page.sources')}
        </h2>
        {event.noOfficialText && (
          <p className="mt-1 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
            <strong>
              {t('events.page.noOfficialText', { publisher: event.sources[0]?.publisher ?? '' })}
            </strong>{' '}
            <span lang={inEnglish()}>{event.noOfficialText}</span>
          </p>
        )}
        <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm">
          {event.sources.map((s) => (
            <li key={s.url}>
              <span className="mr-1 rounded bg-gray-200 px-1.5 text-xs font-medium text-gray-900 dark:bg-gray-700 dark:text-gray-100">
                {sourceKindLabel(s.kind)}
              </span>
              <a href={s.url} className={link} rel="noreferrer" target="_blank" lang={inEnglish()}>
                {s.title}
              </a>{' '}
              — <span lang={inEnglish()}>{s.publisher}</span>
              {s.identifier && (
                <span className="text-gray-600 dark:text-gray-400">
                  {' '}
                  ({s.identifier.scheme.toUpperCase()} {s.identifier.id})
                </span>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="touched-title">
        <h2 id="touched-title" className="text-lg font-semibold">
          {t('events.page.touched')}
        </h2>
        {touched.length ? (
          <ul className="mt-1 list-disc pl-5 text-sm">
            {touched.map(({ target, change }) => (
              <li key={`${target.id}-${change}`}>
                <Link to="/targets/$targetId" params={{ targetId: target.id }} className={link}>
                  {target.name}
                </Link>{' '}
                ({inSentence(changeLabel(change))})
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-gray-700 dark:text-gray-300">{t('events.page.noTouched')}</p>
        )}
        {event.unnamed && <p className="mt-1 text-sm text-gray-700 dark:text-gray-300">{event.unnamed}</p>}
      </section>

      <section aria-labelledby="related-title">
        <h2 id="related-title" className="text-lg font-semibold">
          {t('events.page.related')}
        </h2>
        {related.chain.length > 0 ? (
          <>
            <ol
              aria-label={t('events.page.chain')}
              className="mt-1 flex flex-wrap items-center gap-x-2 text-sm"
            >
              {related.chain.map((e, i) => (
                <li key={e.id} className="flex items-center gap-x-2">
                  {i > 0 && <span aria-hidden="true">→</span>}
                  <EventLinkLine event={e} current={e.id === event.id} />
                </li>
              ))}
            </ol>
            <RelatedList title={t('events.page.modifies')} events={related.modifies} />
            <RelatedList title={t('events.page.modifiedBy')} events={related.modifiedBy} />
          </>
        ) : (
          <p className="text-sm text-gray-700 dark:text-gray-300">{t('events.page.noRelated')}</p>
        )}
      </section>

      <section aria-labelledby="same-day-title">
        <h2 id="same-day-title" className="text-lg font-semibold">
          {t('events.page.sameDay')}
        </h2>
        {others.length ? (
          <RelatedList events={others} />
        ) : (
          <p className="text-sm text-gray-700 dark:text-gray-300">{t('events.page.noneSameDay')}</p>
        )}
      </section>
    </article>
  );
}

function RelatedList({ title, events }: { title?: string; events: readonly SanctionsEvent[] }) {
  if (!events.length) return null;
  return (
    <div className="mt-2 text-sm">
      {title && <h3 className="font-semibold">{title}</h3>}
      <ul className="list-disc pl-5">
        {events.map((e) => (
          <li key={e.id}>
            {actorShort(e.actor)}, {formatDay(e.date)}:{' '}
            <Link to="/events/$eventId" params={{ eventId: e.id }} className={link} lang={inEnglish()}>
              {e.instrument}
            </Link>{' '}
            ({inSentence(actionLabel(e.action))})
          </li>
        ))}
      </ul>
    </div>
  );
}
