import type { Publisher } from '../publishers';

/** Publishers cited by the UK and Canadian records and not listed in `common.ts`. */
export const ukcaPublishers: Publisher[] = [];
