import type { Publisher } from '../publishers';

/** Publishers cited by the EU records and not listed in `common.ts`. */
export const euPublishers: Publisher[] = [];
