import { z } from 'zod/mini';
import type { MessageKey } from '../i18n/catalogue';
import { CHART_IDS } from '../url/routes';

/** A message of the catalogue, by key: its text is read when the step is shown. */
const messageKey = z.custom<MessageKey>(
  (value) => typeof value === 'string' && /^[a-z][\w-]*(\.[\w-]+)+$/i.test(value),
);

/**
 * A story for `/present`: steps, each a chart from the registry in a view, a headline and speaker
 * notes. A step's view is written in the address's own words (`actors=us,eu&from=2025-01-01`) and
 * read by the same codec. Its headline and notes are messages (`story.…`), read in the page's
 * language when shown; each language's text stays within a projector's line (the story test checks).
 * The numbers a step states come from its chart's computed summary, never from the text: text
 * written for a story may name years, not figures (the story test checks that too).
 */
export const storyStepSchema = z.strictObject({
  chart: z.enum(CHART_IDS),
  /** The view, as an address's search: `actors=us,eu&from=2025-01-01&period=quarter`. */
  view: z.string(),
  headline: messageKey,
  /** Actions to point out under the chart, by id. */
  highlight: z._default(z.array(z.string()), []),
  /** For the speaker's window only. */
  notes: messageKey,
});
/** A step as written. */
export type StoryStepInput = z.input<typeof storyStepSchema>;
/** A step as read. */
export type StoryStep = z.infer<typeof storyStepSchema>;

/** A story. */
export const storySchema = z.strictObject({
  title: messageKey,
  steps: z.array(storyStepSchema).check(z.minLength(2), z.maxLength(20)),
});
/** A story as written. */
export type StoryInput = z.input<typeof storySchema>;
/** A story as read. */
export type Story = z.infer<typeof storySchema>;
