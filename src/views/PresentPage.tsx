import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useLoadedDataset } from '../api/dataset';
import { CHARTS } from '../charts/registry';
import { SlideFrame } from '../charts/SlideFrame';
import { ThumbFrame } from '../charts/ThumbFrame';
import { pointedKey } from '../charts/contextLegend';
import { sourceLine } from '../charts/sourceLine';
import type { Dataset } from '../data/schema';
import { eventsById } from '../selectors/filter';
import { formatElapsed } from '../selectors/format';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { actorShort } from '../i18n/labels';
import { oppositeDirections } from '../stories/opposite-directions';
import { storySchema } from '../stories/schema';
import { buildStep, shownStep, type BuiltStep, type ShownStep } from '../stories/steps';
import { encodeParams } from '../url/params';
import { CHART_PARAMS, type ChartId, type ChartParams, type PresentSearch } from '../url/routes';
import { VIEW_PARAMS, type ViewState } from '../url/view';
import { OfflineNotice } from './OfflineNotice';
import { SkippedRecords } from './SkippedRecords';
import { UpdatePrompt } from './UpdatePrompt';
import { ThemeScope, useStoredTheme } from './theme';
import { UrlNotices } from './UrlNotices';
import { useChartTheme } from './useChartModel';
import { useMediaQuery } from './useMediaQuery';
import { useView } from './useView';

const STORY = storySchema.parse(oppositeDirections);
const CHANNEL = 'sanctions-tracker:present';

/** A one-step story of a chart in a view: "Present this view". */
function singleStep(chart: ChartId, view: ViewState, params: Partial<ChartParams>): ShownStep {
  const search = new URLSearchParams({
    ...encodeParams(VIEW_PARAMS, view),
    ...encodeParams(CHART_PARAMS, params),
  }).toString();
  return {
    chart,
    view: search,
    headline: CHARTS[chart].name,
    highlight: [],
    notes: t('present.single.notes'),
  };
}

function usePresentSearch(): Partial<PresentSearch> {
  return useSearch({ from: '/present' });
}

/**
 * `/present`: the story, one step per screen, for a projector. Keys: → Space PageDown Enter next;
 * ← PageUp Backspace back; Home End; a number jumps; F full screen; S the speaker's window. A click
 * on the right or left third moves too. The step is in the address; Back and Forward move.
 */
export function PresentPage() {
  const [theme] = useStoredTheme();
  const data = useLoadedDataset();
  return (
    <ThemeScope preference={theme}>
      <div className="min-h-screen bg-white text-gray-950 dark:bg-gray-950 dark:text-white">
        <UrlNotices compact />
        <SkippedRecords className="mx-[4vw] mt-2" />
        <Presentation data={data} />
      </div>
    </ThemeScope>
  );
}

function Presentation({ data }: { data: Dataset }) {
  const search = usePresentSearch();
  const [view] = useView();
  const navigate = useNavigate({ from: '/present' });
  const steps = useMemo(
    () =>
      (search.chart
        ? [singleStep(search.chart, view, { target: search.target })]
        : STORY.steps.map(shownStep)
      ).map((s) => buildStep(s, data)),
    [search.chart, search.target, view, data],
  );
  const count = steps.length;
  const index = Math.min(count, search.step ?? 1) - 1;
  const go = (next: number, fromChannel = false) => {
    const step = Math.min(count, Math.max(1, next));
    if (step === index + 1) return;
    void navigate({ search: (prev) => ({ ...prev, step }) });
    if (!fromChannel) channel.current?.postMessage({ step });
  };
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(CHANNEL);
    channel.current = bc;
    return () => bc.close();
  }, []);
  const goRef = useRef(go);
  useEffect(() => {
    goRef.current = go;
  });
  useEffect(() => {
    const bc = channel.current;
    if (!bc) return;
    const onMessage = (event: MessageEvent<unknown>) => {
      const data: unknown = event.data;
      const step: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, 'step') : undefined;
      if (typeof step === 'number') goRef.current(step, true);
    };
    bc.addEventListener('message', onMessage);
    return () => bc.removeEventListener('message', onMessage);
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target;
      if (
        target instanceof HTMLElement &&
        ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'A'].includes(target.tagName) &&
        event.key !== 'Escape'
      )
        if (event.key === 'Enter' || event.key === ' ') return;
      const step = index + 1;
      const key = event.key;
      let next: number | undefined;
      if (['ArrowRight', ' ', 'PageDown', 'Enter'].includes(key)) next = step + 1;
      else if (['ArrowLeft', 'PageUp', 'Backspace'].includes(key)) next = step - 1;
      else if (key === 'Home') next = 1;
      else if (key === 'End') next = count;
      else if (/^[1-9]$/.test(key)) next = Number(key);
      else if (key === 'f' || key === 'F') {
        event.preventDefault();
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen().catch(() => undefined);
        return;
      } else if ((key === 's' || key === 'S') && !search.notes) {
        window.open(
          `${window.location.pathname}?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(window.location.search)), notes: '1' }).toString()}`,
          'sanctions-tracker-speaker',
          'popup,width=900,height=700',
        );
        return;
      }
      if (next === undefined) return;
      event.preventDefault();
      goRef.current(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, count, search.notes]);
  const current = steps[index];
  if (!current) return null;
  if (search.notes) return <SpeakerView steps={steps} index={index} asOf={data.asOf} />;
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (event.target instanceof Element && event.target.closest('a, button')) return;
    const third = window.innerWidth / 3;
    if (event.clientX > 2 * third) go(index + 2);
    else if (event.clientX < third) go(index);
  };
  return (
    <main
      onClick={onClick}
      className="flex min-h-screen flex-col gap-3 px-[4vw] py-[3vh] lg:h-screen lg:overflow-hidden"
    >
      <Progress index={index} count={count} title={search.chart ? 'Sanctions Tracker' : t(STORY.title)} />
      <Slide built={current} data={data} />
      <footer className="flex flex-wrap items-center justify-between gap-x-6 gap-y-1 text-sm text-gray-700 dark:text-gray-300 lg:text-base">
        <span>
          {sourceLine()} {t('frames.asOf', { date: formatDay(data.asOf) })}
        </span>
        <OfflineNotice asOf={data.asOf} />
        <UpdatePrompt />
        <span aria-hidden="true">{t('present.keys')}</span>
      </footer>
    </main>
  );
}

function Progress({ index, count, title }: { index: number; count: number; title: string }) {
  return (
    <header className="flex items-center gap-4 text-base text-gray-700 dark:text-gray-300 lg:text-lg">
      <span className="font-semibold">{title}</span>
      <div
        role="progressbar"
        aria-label={t('present.progress.label')}
        aria-valuemin={1}
        aria-valuemax={count}
        aria-valuenow={index + 1}
        aria-valuetext={t('present.progress.value', { step: index + 1, count })}
        className="h-2 grow overflow-hidden rounded-full bg-gray-200 dark:bg-gray-800"
      >
        <div
          className="h-full bg-gray-800 dark:bg-gray-100"
          style={{ width: `${((index + 1) / count) * 100}%` }}
        />
      </div>
      <span className="whitespace-nowrap tabular-nums">
        {index + 1} / {count}
      </span>
    </header>
  );
}

/** One step: headline, computed sentence, legend, the chart at the room left, highlighted actions. */
function Slide({ built, data }: { built: BuiltStep; data: Dataset }) {
  const { step, model } = built;
  const theme = useChartTheme();
  const still = useMediaQuery('(prefers-reduced-motion: reduce)');
  const byId = eventsById(data.events);
  // The actions the step points out are lettered on a time chart; any it cannot mark are listed.
  const marked = new Set(model.context.filter((m) => m.pointed).map((m) => m.annotation.id));
  const unmarkedIds = step.highlight.filter((id) => !marked.has(id));
  const unmarked = unmarkedIds.flatMap((id) => byId.get(id) ?? []);
  // A record the step names that the data left out (it broke the contract) is named, not dropped.
  const missing = unmarkedIds.filter((id) => !byId.has(id));
  return (
    <SlideFrame model={model} theme={theme} headline={step.headline} animate={!still}>
      <p className="min-h-[1.5em] text-base text-gray-800 dark:text-gray-200 lg:text-lg">
        {pointedKey(model.context)}
        {unmarked.length > 0 &&
          ` ${t(marked.size ? 'present.slide.alsoPointedOut' : 'present.slide.pointedOut', {
            actions: unmarked
              .map((e) =>
                t('present.slide.action', {
                  instrument: e.instrument,
                  actor: actorShort(e.actor),
                  date: formatDay(e.date),
                }),
              )
              .join('; '),
          })}`}
        {missing.length > 0 && ` ${t('present.slide.missing', { ids: missing.join(', ') })}`}
      </p>
    </SlideFrame>
  );
}

/** The speaker's window: this step with its notes, and the next, kept in step with the screen. */
function SpeakerView({ steps, index, asOf }: { steps: readonly BuiltStep[]; index: number; asOf: string }) {
  const current = steps[index];
  const next = steps[index + 1];
  return (
    <main className="grid min-h-screen gap-6 p-6 lg:grid-cols-[3fr_2fr]">
      <section aria-labelledby="speaker-now" className="min-w-0">
        <p className="text-lg text-gray-700 dark:text-gray-300">
          {t('present.speaker.step', { step: index + 1, count: steps.length })}
        </p>
        <h1 id="speaker-now" className="text-3xl font-bold">
          {current?.step.headline}
        </h1>
        {current && (
          <SlidePreview
            built={current}
            label={t('present.speaker.onScreen', { headline: current.step.headline })}
          />
        )}
        <h2 className="mt-4 text-lg font-semibold">{t('present.speaker.notes')}</h2>
        <p className="text-xl leading-relaxed">{current?.step.notes}</p>
        <p className="mt-2 text-lg text-gray-800 dark:text-gray-200">{current?.model.summary}</p>
      </section>
      <aside aria-labelledby="speaker-next" className="min-w-0 space-y-4">
        <SpeakerClock />
        <div className="rounded-lg border border-gray-300 p-4 dark:border-gray-700">
          <h2 id="speaker-next" className="text-lg font-semibold">
            {t('present.speaker.next')}
          </h2>
          <p className="text-xl">{next ? next.step.headline : t('present.speaker.end')}</p>
          {next && (
            <SlidePreview
              built={next}
              label={t('present.speaker.nextOnScreen', { headline: next.step.headline })}
            />
          )}
        </div>
        <OfflineNotice asOf={asOf} className="mt-4" />
      </aside>
    </main>
  );
}

/** A step's chart, small, as the screen draws it: what the audience sees, or will see next (`label`). */
function SlidePreview({ built, label }: { built: BuiltStep; label: string }) {
  const theme = useChartTheme();
  return (
    <div className="mt-3 rounded border border-gray-200 p-1 dark:border-gray-700">
      <ThumbFrame model={built.model} theme={theme} label={label} />
    </div>
  );
}

/** The time of day and the time since the speaker's window opened (Reset starts it again). */
function SpeakerClock() {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <div className="flex flex-wrap items-baseline gap-x-6 gap-y-2 rounded-lg bg-gray-100 p-4 dark:bg-gray-800">
      <p>
        <span className="block text-sm text-gray-700 dark:text-gray-300">{t('present.clock.time')}</span>
        <time className="text-3xl font-semibold tabular-nums" aria-label={t('present.clock.timeOfDay')}>
          {new Date(now).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}
        </time>
      </p>
      <p>
        <span className="block text-sm text-gray-700 dark:text-gray-300">{t('present.clock.elapsed')}</span>
        <span className="text-3xl font-semibold tabular-nums" aria-label={t('present.clock.elapsed')}>
          {formatElapsed(now - start)}
        </span>
      </p>
      <button
        type="button"
        onClick={() => {
          const moment = Date.now();
          setStart(moment);
          setNow(moment);
        }}
        className="rounded border border-gray-400 px-3 py-1 text-sm dark:border-gray-500"
      >
        {t('present.clock.reset')}
      </button>
    </div>
  );
}
