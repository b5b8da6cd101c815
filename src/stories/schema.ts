import { z } from 'zod/mini';
import { CHART_IDS } from '../url/routes';

/**
 * A story for `/present`: steps, each a chart from the registry in a view, a headline and speaker
 * notes. A step's view is written in the address's own words (`actors=us,eu&from=2025-01-01`) and
 * read by the same codec. The numbers a step states come from its chart's computed summary, never
 * from the text: text written here may name years, not figures (the story test checks).
 */
export const storyStepSchema = z.strictObject({
  chart: z.enum(CHART_IDS),
  /** The view, as an address's search: `actors=us,eu&from=2025-01-01&period=quarter`. */
  view: z.string(),
  headline: z.string().check(z.minLength(5), z.maxLength(90)),
  /** Actions to point out under the chart, by id. */
  highlight: z._default(z.array(z.string()), []),
  /** For the speaker's window only. */
  notes: z.string().check(z.minLength(10)),
});
/** A step as written. */
export type StoryStepInput = z.input<typeof storyStepSchema>;
/** A step as read. */
export type StoryStep = z.infer<typeof storyStepSchema>;

/** A story. */
export const storySchema = z.strictObject({
  title: z.string().check(z.minLength(5)),
  steps: z.array(storyStepSchema).check(z.minLength(2), z.maxLength(20)),
});
/** A story as read. */
export type Story = z.infer<typeof storySchema>;
