import { useState, type ReactNode } from 'react';
import { ACTORS, REGIMES, type Actor } from '../data/ids';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { actorLabel } from '../i18n/labels';
import { DateField } from './DateField';
import { DEFAULT_VIEW, encodeView, PERIODS, type ViewState } from '../url/view';
import { focusAfterUpdate } from '../charts/focus';

type FiltersProps = {
  view: ViewState;
  onChange: (change: Partial<ViewState>, options?: { replace?: boolean }) => void;
  /** First and last day of the data, bounds of the date inputs. */
  bounds: { start: string; end: string };
  /** Pages without time charts leave out the period and the context toggle. */
  timeCharts?: boolean;
  /** Pages of one actor leave out the actor toggles. */
  actorPicker?: boolean;
  /** More controls, laid out with these (the events table's search and kinds). */
  children?: ReactNode;
  /** What the view shows, said to screen readers after each change: the actions counted and the span. */
  shown?: { actions: number; range: { start: string; end: string } };
};

/** The sentence a change of filters announces. */
function viewAnnouncement(view: ViewState, shown: NonNullable<FiltersProps['shown']>): string {
  return t('pages.filters.announce', {
    count: shown.actions,
    actors: view.actors.map(actorLabel).join(', '),
    from: formatDay(shown.range.start),
    to: formatDay(shown.range.end),
    period: view.period,
  });
}

/** Text for a live region: empty until it first changes, so that loading a page announces nothing. */
function useAnnouncement(text: string): string {
  const [first] = useState(text);
  const [changed, setChanged] = useState(false);
  if (!changed && text !== first) setChanged(true);
  return changed ? text : '';
}

const chip = 'whitespace-nowrap rounded-full border px-3 py-1 text-sm font-medium';

/** Actor, period, context and date-range controls, and a page's own; every change goes to the URL. */
export function Filters({
  view,
  onChange,
  bounds,
  timeCharts = true,
  actorPicker = true,
  children,
  shown,
}: FiltersProps) {
  const announcement = useAnnouncement(shown ? viewAnnouncement(view, shown) : '');
  const toggleActor = (actor: Actor) => {
    const next = view.actors.includes(actor)
      ? view.actors.filter((a) => a !== actor)
      : [...view.actors, actor];
    if (next.length) onChange({ actors: ACTORS.filter((a) => next.includes(a)) });
  };
  const isDefault = Object.keys(encodeView(view)).length === 0;
  return (
    <section
      aria-label={t('pages.filters.label')}
      className="flex flex-wrap items-end gap-x-6 gap-y-3 rounded-lg bg-gray-100 p-3 dark:bg-gray-800"
    >
      {actorPicker && (
        <fieldset>
          <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-300">
            {t('pages.filters.actors')}
          </legend>
          <div className="flex flex-wrap gap-2">
            {ACTORS.map((actor) => {
              const on = view.actors.includes(actor);
              return (
                <button
                  key={actor}
                  type="button"
                  aria-pressed={on}
                  disabled={on && view.actors.length === 1}
                  title={on && view.actors.length === 1 ? t('pages.filters.lastActor') : undefined}
                  onClick={() => toggleActor(actor)}
                  className={`${chip} ${
                    on
                      ? 'border-gray-900 bg-gray-900 text-white dark:border-gray-100 dark:bg-gray-100 dark:text-gray-900'
                      : 'border-gray-400 bg-white text-gray-800 dark:border-gray-500 dark:bg-gray-900 dark:text-gray-100'
                  }`}
                >
                  {actorLabel(actor)}
                </button>
              );
            })}
          </div>
        </fieldset>
      )}
      {timeCharts && (
        <>
          <fieldset>
            <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-300">
              {t('pages.filters.countPer')}
            </legend>
            <div className="flex overflow-hidden rounded-md border border-gray-400 dark:border-gray-500">
              {PERIODS.map((period) => (
                <label
                  key={period}
                  className={`cursor-pointer px-3 py-1 text-sm has-focus-visible:outline-2 has-focus-visible:-outline-offset-4 has-focus-visible:outline-current ${
                    view.period === period
                      ? 'bg-gray-900 text-white dark:bg-gray-100 dark:text-gray-900'
                      : 'bg-white text-gray-800 dark:bg-gray-900 dark:text-gray-100'
                  }`}
                >
                  <input
                    type="radio"
                    name="period"
                    value={period}
                    checked={view.period === period}
                    onChange={() => onChange({ period })}
                    className="sr-only"
                  />
                  {t(`pages.filters.periods.${period}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="flex items-center gap-2 self-end pb-1 text-sm text-gray-800 dark:text-gray-100">
            <input
              type="checkbox"
              checked={view.context}
              onChange={(event) => onChange({ context: event.target.checked })}
              className="h-4 w-4"
            />
            {t('pages.filters.context')}
          </label>
        </>
      )}
      <RegimesToggle view={view} onChange={onChange} />
      <DateField
        label={t('pages.filters.from')}
        value={view.from}
        min={bounds.start}
        max={view.to ?? bounds.end}
        onCommit={(from, options) => onChange({ from }, options)}
      />
      <DateField
        label={t('pages.filters.to')}
        value={view.to}
        min={view.from ?? bounds.start}
        max={bounds.end}
        onCommit={(to, options) => onChange({ to }, options)}
      />
      {children}
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {!isDefault && (
        <button
          type="button"
          onClick={(event) => {
            const filters = event.currentTarget.closest('section');
            onChange(DEFAULT_VIEW);
            // The button goes with the filters it reset: focus goes to the first filter.
            focusAfterUpdate(() => filters?.querySelector('input, select, button'));
          }}
          className="rounded px-2 py-1 text-sm text-blue-700 underline underline-offset-2 dark:text-sky-300"
        >
          {t('pages.filters.reset')}
        </button>
      )}
    </section>
  );
}

/** "Belarus regimes only": `regimes=belarus`, or every regime. */
export function RegimesToggle({
  view,
  onChange,
}: {
  view: ViewState;
  onChange: (next: Partial<ViewState>) => void;
}) {
  return (
    <label className="flex items-center gap-2 self-end pb-1 text-sm text-gray-800 dark:text-gray-100">
      <input
        type="checkbox"
        checked={view.regimes.length === 1 && view.regimes[0] === 'belarus'}
        onChange={(event) => onChange({ regimes: event.target.checked ? ['belarus'] : [...REGIMES] })}
        className="h-4 w-4"
      />
      {t('pages.filters.belarusOnly')}
    </label>
  );
}
