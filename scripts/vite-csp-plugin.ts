import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { LOCALES, localePrefix } from '../src/i18n/locales';
import { PAGES } from '../src/url/pages';

/**
 * The Content-Security-Policy every built page carries, as a <meta> tag (a static host sets no
 * headers): scripts and data only from the app's own origin, no inline script, no eval, no other
 * origin. Styles may be inline (React and Recharts set style attributes); images may be data: and
 * blob: URLs (the PNG and SVG exports). The one inline script is `public/boot.js`, written into each
 * page's head (it decides the theme before the first paint, with no request that blocks it) and
 * allowed by its hash. A <meta> policy cannot forbid framing, so the build also
 * writes `_headers` (read by Netlify and Cloudflare Pages) that lets only embeds be framed; the app
 * itself refuses to draw a site page inside a frame.
 */
export function contentSecurityPolicy(
  dataUrl: string | undefined,
  inlineScripts: readonly string[] = [],
): string {
  const dataOrigin = dataUrl ? ` ${new URL(dataUrl).origin}` : '';
  const hashes = inlineScripts.map(
    (source) => ` 'sha256-${createHash('sha256').update(source).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self'${dataOrigin}`,
    "font-src 'self'",
    "worker-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Headers for hosts that read a `_headers` file, from the table of pages: an embed may be framed by
 * anyone, every other page by no one, in every language. Each path matches one rule only, so hosts that join the
 * headers of all matching rules (Cloudflare Pages) and hosts that let one rule override another
 * (Netlify) read the same headers.
 */
export function headersFile(base: string): string {
  const rules = LOCALES.flatMap((locale) => Object.values(PAGES).map((page) => ({ page, locale }))).flatMap(
    ({ page, locale }) =>
      pathRules(`${localePrefix(locale)}${page.path.slice(1)}`).map((path) => ({
        path: `${base}${path}`,
        headers:
          page.framed === 'anyone'
            ? ['Content-Security-Policy: frame-ancestors *']
            : ["Content-Security-Policy: frame-ancestors 'none'", 'X-Frame-Options: DENY'],
      })),
  );
  // A path a wildcard rule already covers gets no rule of its own.
  const kept = rules.filter(
    (rule, i) =>
      rules.findIndex((r) => r.path === rule.path) === i &&
      !rules.some((r) => r !== rule && r.path.endsWith('*') && rule.path.startsWith(r.path.slice(0, -1))),
  );
  return kept.map((rule) => [rule.path, ...rule.headers.map((h) => `  ${h}`)].join('\n')).join('\n') + '\n';
}

/**
 * How a host that reads `_headers` answers a path: the headers of every rule that matches it,
 * either joined (Cloudflare Pages: a name set twice gets both values) or with a later rule's value
 * replacing an earlier one's (Netlify). For the build's check and its tests.
 */
export function headersAt(file: string, path: string, host: 'join' | 'override'): Map<string, string> {
  const headers = new Map<string, string>();
  let matches = false;
  for (const line of file.split('\n')) {
    if (!line.trim()) continue;
    if (!line.startsWith(' ')) {
      matches = line.endsWith('*') ? path.startsWith(line.slice(0, -1)) : path === line;
      continue;
    }
    if (!matches) continue;
    const [name = '', ...value] = line.trim().split(':');
    const text = value.join(':').trim();
    const before = headers.get(name);
    headers.set(name, host === 'join' && before !== undefined ? `${before}, ${text}` : text);
  }
  return headers;
}

/** The `_headers` paths that match a page's base-relative path pattern (`$name` segments as `*`). */
function pathRules(path: string): string[] {
  const pattern = path.replace(/\/$/, '').replace(/\$[^/]+/g, '*');
  if (pattern === '') return ['', 'index.html'];
  return pattern.endsWith('*') ? [pattern] : [pattern, `${pattern}/`, `${pattern}/index.html`];
}

/** The script written inline into each built page, by which the policy allows it: `public/boot.js`. */
export const BOOT_SCRIPT = 'public/boot.js';

/**
 * Writes `boot.js` inline into every built page (in place of its script tag, marked `data-boot`),
 * adds the policy that allows it by hash, and writes `_headers`.
 */
export function cspPlugin(options: { base: string; dataUrl: string | undefined }): Plugin {
  const boot = readFileSync(BOOT_SCRIPT, 'utf8');
  const tag = `<script src="${options.base}boot.js"></script>`;
  return {
    name: 'sanctions-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        if (!html.includes(tag)) throw new Error(`index.html has no ${tag} to write inline`);
        return {
          html: html.replace(tag, () => `<script data-boot>${boot}</script>`),
          tags: [
            {
              tag: 'meta',
              attrs: {
                'http-equiv': 'Content-Security-Policy',
                content: contentSecurityPolicy(options.dataUrl, [boot]),
              },
              injectTo: 'head-prepend',
            },
          ],
        };
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(options.base) });
    },
  };
}
