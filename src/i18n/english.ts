import type about from './messages/en/about.json';
import type charts from './messages/en/charts.json';
import type data from './messages/en/data.json';
import type events from './messages/en/events.json';
import type frames from './messages/en/frames.json';
import type notices from './messages/en/notices.json';
import type pages from './messages/en/pages.json';
import type present from './messages/en/present.json';
import type sentences from './messages/en/sentences.json';
import type site from './messages/en/site.json';
import type story from './messages/en/story.json';
import type targets from './messages/en/targets.json';

/**
 * English's messages, namespace by namespace (`src/i18n/messages/en/<namespace>.json`): the shape
 * every key of `t` is checked against. A new namespace is a file there and a line here.
 */
export type English = {
  about: typeof about;
  charts: typeof charts;
  data: typeof data;
  events: typeof events;
  frames: typeof frames;
  notices: typeof notices;
  pages: typeof pages;
  present: typeof present;
  sentences: typeof sentences;
  site: typeof site;
  story: typeof story;
  targets: typeof targets;
};
