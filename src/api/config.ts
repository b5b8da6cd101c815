import { z } from 'zod/mini';
import {
  DATA_CHANGES_PATH,
  DATA_CSV_PATH,
  DATA_FEED_PATH,
  DATA_JSON_PATH,
  DATA_TARGETS_CSV_PATH,
  underBase,
  dataTargetPath,
  dataTranslationsPath,
} from './paths';

const envSchema = z.object({
  BASE_URL: z.catch(z.string().check(z.startsWith('/')), '/'),
  /** Another copy of the dataset to load instead of the bundled one; validated like any response. */
  VITE_DATA_URL: z.catch(z.optional(z.url({ protocol: /^https?$/ })), undefined),
});

const env = envSchema.parse(import.meta.env);

/** Where the app fetches its dataset. */
export const DATA_URL = env.VITE_DATA_URL ?? underBase(env.BASE_URL, DATA_JSON_PATH);

/** The downloadable CSV published next to the app (the bundled dataset's, even when DATA_URL points elsewhere). */
export const DATA_CSV_URL = underBase(env.BASE_URL, DATA_CSV_PATH);

/** The named targets as CSV. */
export const DATA_TARGETS_CSV_URL = underBase(env.BASE_URL, DATA_TARGETS_CSV_PATH);
/** One target's published JSON. */
export const dataTargetUrl = (id: string) => underBase(env.BASE_URL, dataTargetPath(id));

/** The dataset's changelog and its Atom feed, published next to the app. */
export const DATA_CHANGES_URL = underBase(env.BASE_URL, DATA_CHANGES_PATH);
/** The Atom feed of new and corrected records. */
export const DATA_FEED_URL = underBase(env.BASE_URL, DATA_FEED_PATH);

/** The records' words in one language. */
export const dataTranslationsUrl = (locale: string) => underBase(env.BASE_URL, dataTranslationsPath(locale));

/** The path the app is served under, for the router. */
export const BASE_PATH = env.BASE_URL;
