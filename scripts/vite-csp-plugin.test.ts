import { describe, expect, it } from 'vitest';
import { pageAt, PAGES, staticPaths } from '../src/url/pages';
import { headersAt, headersFile } from './vite-csp-plugin';

const base = '/tracker/';
const file = headersFile(base);
/** Every page the build writes, as a host is asked for it: with and without the trailing slash and index. */
const paths = staticPaths({ events: ['us-2025-11-04-belavia-delisting'], targets: ['belavia'] })
  .map((path) => path.replace(/\/$/, ''))
  .flatMap((path) =>
    path ? [`${base}${path}`, `${base}${path}/`, `${base}${path}/index.html`] : [base, `${base}index.html`],
  );

describe('the _headers file', () => {
  for (const host of ['join', 'override'] as const)
    it(`lets anyone frame an embed and no one frame another page, read as a host that ${host}s repeated headers`, () => {
      for (const path of paths) {
        const headers = headersAt(file, path, host);
        const csp = headers.get('Content-Security-Policy');
        if (pageAt(path.slice(base.length).replace(/\/?(index\.html)?$/, '')) === 'embed') {
          expect(csp, path).toBe('frame-ancestors *');
          expect(headers.has('X-Frame-Options'), path).toBe(false);
        } else {
          expect(csp, path).toBe("frame-ancestors 'none'");
          expect(headers.get('X-Frame-Options'), path).toBe('DENY');
        }
      }
    });

  it('matches each page by one rule, so no header is ever set twice', () => {
    for (const path of paths) {
      const matching = file
        .split('\n')
        .filter((line) => line && !line.startsWith(' '))
        .filter((rule) => (rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : path === rule));
      expect(matching, path).toHaveLength(1);
    }
    expect(
      Object.values(PAGES)
        .filter((p) => p.framed === 'anyone')
        .map((p) => p.path),
    ).toEqual(['/embed/$chart']);
  });
});
