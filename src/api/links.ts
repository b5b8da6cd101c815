import { toSearchString } from '../url/params';
import { BASE_PATH } from './config';
import { underBase } from './paths';

/** An app path under the base, with its search: `/tracker/embed/actions?actors=eu`. */
export function appHref(path: string, search: Record<string, string> = {}): string {
  return `${underBase(BASE_PATH, path.replace(/^\//, ''))}${toSearchString(search)}`;
}

/** The absolute address of an app href, on the origin the app is served from. */
export function absoluteUrl(href: string): string {
  return new URL(href, window.location.origin).href;
}

/** The script a host page loads to size every embedded chart's iframe (published as `dist/embed.js`). */
export const EMBED_SCRIPT_PATH = 'embed.js';
