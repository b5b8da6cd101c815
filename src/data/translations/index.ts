import type { RecordTranslations } from '../schema';
import { be } from './be';
import { ru } from './ru';
import { uk } from './uk';

/**
 * The languages the records are written in beside English, and their words. The build publishes
 * each as `data/translations/<locale>.json`; a page in another language shows the English, marked so.
 */
export const RECORD_TRANSLATIONS = { be, ru, uk } as const satisfies Record<string, RecordTranslations>;
