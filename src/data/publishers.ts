import { chbyPublishers } from './publishers/chby';
import { commonPublishers } from './publishers/common';
import { euPublishers } from './publishers/eu';
import { ukcaPublishers } from './publishers/ukca';
import { usPublishers } from './publishers/us';

/**
 * The source policy as data: every cited page belongs to a publisher on this list, and its class
 * decides which source kinds it may carry. DATA.md explains the policy; `policy.test.ts` enforces it.
 */
export const PUBLISHER_CLASSES = {
  official:
    'A legislature, government body or international organisation publishing its own acts and releases.',
  'belarus-government':
    "Belarus's government and its state media: cited only for Belarus's own counter-measures, and labelled as such.",
  outlet:
    'An established news outlet: a wire service, a major newspaper or broadcaster, established independent Belarusian and regional media.',
  'law-firm': "A law firm's client note, or a legal publisher that carries such notes.",
  research: 'A research institute, university, or human-rights organisation.',
  copy: 'A dated copy of an official publication kept by a third party (a repository that captures a published list): cited second, beside the publication itself, for the day it shows.',
} as const;
/** A publisher class. */
export type PublisherClass = keyof typeof PUBLISHER_CLASSES;

/** One publisher: its display name (what sources name), the hosts it publishes on, its class. */
export type Publisher = { name: string; hosts: readonly string[]; class: PublisherClass };

/** Every publisher the dataset may cite. */
export const PUBLISHERS: readonly Publisher[] = [
  ...commonPublishers,
  ...usPublishers,
  ...euPublishers,
  ...ukcaPublishers,
  ...chbyPublishers,
];

/**
 * Publishers never cited, whatever a page of theirs says: state propaganda outlets, their
 * republishers, and content farms. Listed so that the policy test names them when they appear.
 */
export const BANNED_HOSTS = [
  'rt.com',
  'sputniknews.com',
  'sputniknews.africa',
  'sputnik.by',
  'noticiabrasil.net.br',
  'presstv.ir',
  'tass.com',
  'tass.ru',
  'ria.ru',
  'urdupoint.com',
  'naslovi.net',
  'gazeta.ru',
  'stl.news',
  'lapost.us',
  'exbulletin.com',
  'djayanews.com',
  'asumetech.com',
  'altnewscoin.com',
  'thegoaspotlight.com',
  'latestly.com',
  'smallcapnews.co.uk',
  'marketswired.com',
  'caribbeannewsglobal.com',
] as const;

/** `www.example.org` → `example.org`. */
export function bareHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostIn(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * The publisher a cited address belongs to, if it is on the list: the one with the most specific
 * matching host, so that `seco.admin.ch` is SECO's even though `admin.ch` is the Federal Council's.
 */
export function publisherOf(url: string): Publisher | undefined {
  const host = bareHost(url);
  let best: { publisher: Publisher; length: number } | undefined;
  for (const publisher of PUBLISHERS)
    for (const domain of publisher.hosts)
      if (hostIn(host, domain) && domain.length > (best?.length ?? 0))
        best = { publisher, length: domain.length };
  return best?.publisher;
}
