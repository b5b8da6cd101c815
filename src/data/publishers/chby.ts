import type { Publisher } from '../publishers';

/** Publishers cited by the Swiss and Belarusian records and the context annotations and not listed in `common.ts`. */
export const chbyPublishers: Publisher[] = [];
