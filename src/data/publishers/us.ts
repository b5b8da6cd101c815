import type { Publisher } from '../publishers';

/** Publishers cited by the US records and not listed in `common.ts`. */
export const usPublishers: Publisher[] = [];
