import { current } from '../i18n/catalogue';
import { localePrefix } from '../i18n/locales';
import { toSearchString } from '../url/params';
import { BASE_PATH } from './config';
import { underBase } from './paths';

/** An app path under the base, with its search: `/tracker/embed/actions?actors=eu`. */
export function appHref(path: string, search: Record<string, string> = {}): string {
  return `${underBase(BASE_PATH, path.replace(/^\//, ''))}${toSearchString(search)}`;
}

/**
 * An app href in the page's language: `/be/embed/actions?…` on a Belarusian page, as the router
 * writes its own links (a plain link, a copied address or an embed's snippet does not pass through it).
 */
export function localHref(path: string, search?: Record<string, string>): string {
  return appHref(`${localePrefix(current().locale)}${path.replace(/^\//, '')}`, search);
}

/** The absolute address of an app href, on the origin the app is served from. */
export function absoluteUrl(href: string): string {
  return new URL(href, window.location.origin).href;
}

/** The script a host page loads to size every embedded chart's iframe (published as `dist/embed.js`). */
export const EMBED_SCRIPT_PATH = 'embed.js';
