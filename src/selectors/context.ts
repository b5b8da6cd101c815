import type { Annotation } from '../data/schema';
import { type DateRange, inRange } from './filter';

/** A context event as the time charts draw it: its record and its number on the chart. */
export type ContextMark = { annotation: Annotation; number: number };

/** The context events inside a range, numbered in date order from 1. */
export function contextInRange(annotations: readonly Annotation[], range: DateRange): ContextMark[] {
  return annotations
    .filter((a) => inRange(a.date, range))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((annotation, i) => ({ annotation, number: i + 1 }));
}
