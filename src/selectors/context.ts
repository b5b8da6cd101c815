import type { Annotation, Dataset } from '../data/schema';
import { actorShort } from '../i18n/labels';
import { langOf, recordText } from '../i18n/records';
import { type DateRange, eventsById, inRange } from './filter';

/**
 * A mark on a time chart's axis, as the charts draw it: a context event, numbered, or an action a
 * presentation step points out (`pointed`), lettered; its record is an annotation either way.
 */
export type ContextMark = {
  /** The record, its title and summary in the page's language where they are written in it. */
  annotation: Annotation;
  number: number;
  pointed?: true;
  /** The language of its words where it is not the page's. */
  lang?: string;
};

/** A mark's tag on the chart: its number, or for an action pointed out its letter (A, B, …). */
export function markTag(mark: ContextMark): string {
  return mark.pointed ? String.fromCharCode(64 + mark.number) : String(mark.number);
}

/**
 * The marks on a time chart's axis: the context events in range when the view shows them, then
 * the actions `pointed` names that fall in range, lettered in date order.
 */
export function axisMarks(
  data: Pick<Dataset, 'annotations' | 'events'>,
  view: { context: boolean },
  range: DateRange,
  pointed: readonly string[] = [],
): ContextMark[] {
  const context = view.context ? contextInRange(data.annotations, range) : [];
  if (!pointed.length) return context;
  const byId = eventsById(data.events);
  const actions = pointed
    .flatMap((id) => byId.get(id) ?? [])
    .filter((e) => inRange(e.date, range))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e, i): ContextMark => {
      const { summary, lang } = recordText(e);
      return {
        annotation: {
          id: e.id,
          date: e.date,
          title: `${actorShort(e.actor)}: ${e.instrument}`,
          summary,
          sources: e.sources,
        },
        lang: langOf(lang),
        number: i + 1,
        pointed: true,
      };
    });
  return [...context, ...actions];
}

/** The context events inside a range, numbered in date order from 1. */
export function contextInRange(annotations: readonly Annotation[], range: DateRange): ContextMark[] {
  return annotations
    .filter((a) => inRange(a.date, range))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((annotation, i) => {
      const { title, summary, lang } = recordText(annotation);
      return { annotation: { ...annotation, title, summary }, number: i + 1, lang: langOf(lang) };
    });
}
