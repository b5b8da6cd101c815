import { describe, expect, it } from 'vitest';
import { makeDataset, makeEvent } from '../../tests/builders';
import { dataset } from '../data/dataset';
import { datasetSchema } from '../data/schema';
import { readMessages } from '../../scripts/vite-messages-plugin';
import { t } from '../i18n/catalogue';
import { LOCALES } from '../i18n/locales';
import { parseSearchString } from '../url/params';
import { decodeView } from '../url/view';
import { oppositeDirections } from './opposite-directions';
import { storySchema } from './schema';
import { buildStep, shownStep } from './steps';

const story = storySchema.parse(oppositeDirections);
const data = datasetSchema.parse(dataset);
const ids = new Set(data.events.map((e) => e.id));

describe('the default story', () => {
  it('validates, and every view is one the address contract reads without a notice', () => {
    for (const step of story.steps) {
      expect(decodeView(parseSearchString(step.view)).notices, t(step.headline)).toEqual([]);
    }
  });

  it('points out only actions that exist', () => {
    expect(story.steps.flatMap((s) => s.highlight).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('types no figure into its text: years only, the numbers come from the charts', () => {
    for (const step of story.steps.map(shownStep)) {
      const text = `${step.headline} ${step.notes}`
        .replace(/\b(Executive Order|General License) [\d/]+/g, '')
        .replace(/\b(19|20)\d\d(–(19|20)?\d\d)?\b/g, '');
      expect(text.match(/\d/g), step.headline).toBeNull();
      expect(
        text.match(/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred)\b/gi),
        step.headline,
      ).toBeNull();
    }
  });

  it('has its words in every language: a title, and headlines that fit a projector, with no figure', () => {
    const keys = [story.title, ...story.steps.flatMap((step) => [step.headline, step.notes])];
    for (const locale of LOCALES) {
      const messages = readMessages(locale);
      expect(
        keys.filter((key) => !messages[key]),
        locale,
      ).toEqual([]);
      for (const step of story.steps) {
        const headline = messages[step.headline] ?? '';
        expect([locale, headline.length >= 5 && headline.length <= 90], headline).toEqual([locale, true]);
        // An act's number (`Executive Order 13405`, `указ № 13405`, `Nr. 13405`) and years are not figures.
        const text = `${headline} ${messages[step.notes] ?? ''}`
          .replace(/(Executive Order|General License|№|Nr\.|nr) [\d/]+/g, '')
          .replace(/(^|[^\d])(19|20)\d\d(–(19|20)?\d\d)?(?!\d)/g, '$1');
        expect([locale, text.match(/\d/g)], text).toEqual([locale, null]);
      }
    }
  });

  it('ends with both directions at once: the two actors, since 2025 among its years', () => {
    const lastStep = story.steps.at(-1);
    if (!lastStep) throw new Error('the story has no steps');
    const last = buildStep(shownStep(lastStep), data);
    expect(last.model.id).toBe('net');
    expect(last.model.summary).toMatch(
      /moved in opposite directions in \d+ of the \d+ years in which both acted: .*2025/,
    );
  });

  it('draws marks at every step', () => {
    for (const step of story.steps)
      expect(buildStep(shownStep(step), data).model.markCount, step.headline).toBeGreaterThan(0);
  });
});

describe('a step on a small synthetic dataset', () => {
  it('computes its sentence from that data', () => {
    const synthetic = makeDataset(
      [
        makeEvent({ actor: 'us', date: '2025-09-11', action: 'ease', modifies: [] }),
        makeEvent({ actor: 'us', date: '2025-11-04', action: 'lift', modifies: [] }),
        makeEvent({ actor: 'eu', date: '2025-10-23', action: 'expand' }),
      ],
      '2026-01-01',
    );
    const built = buildStep(
      {
        chart: 'actions',
        view: 'from=2025-01-01',
        headline: 'Since 2025',
        highlight: [],
        notes: 'Synthetic.',
      },
      synthetic,
    );
    expect(built.model.summary).toBe(
      'From 1 Jan 2025 to 1 Jan 2026, the US eased or lifted sanctions twice; the EU tightened sanctions once.',
    );
  });
});
