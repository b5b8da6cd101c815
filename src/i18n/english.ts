import type counts from './messages/en/counts.json';
import type data from './messages/en/data.json';
import type site from './messages/en/site.json';

/**
 * English's messages, namespace by namespace (`src/i18n/messages/en/<namespace>.json`): the shape
 * every key of `t` is checked against. A new namespace is a file there and a line here.
 */
export type English = {
  counts: typeof counts;
  data: typeof data;
  site: typeof site;
};
