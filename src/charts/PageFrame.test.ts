import { afterEach, describe, expect, it, vi } from 'vitest';
import english from 'virtual:messages/en';
import { setCatalogue } from '../i18n/catalogue';
import { CATALOGUES } from '../../tests/catalogues';
import { decodeView } from '../url/view';
import { embedSnippet } from './EmbedDialog';
import { localHref } from '../api/links';
import { chartViewUrl } from './PageFrame';

/** The addresses a chart hands out (copy link, exports, "Present this view", the embed's snippet) keep the page's language. */
describe("a chart's addresses", () => {
  afterEach(() => {
    setCatalogue('en', english);
    vi.unstubAllGlobals();
  });

  it('carry no prefix in English, and the language’s prefix in another', () => {
    vi.stubGlobal('window', { location: { origin: 'https://tracker.example' } });
    const { view } = decodeView({ actors: 'eu', from: '2020-01-01' });
    expect(localHref('/embed/actions', { theme: 'dark' })).toBe('/embed/actions?theme=dark');
    expect(chartViewUrl('/compare', view)).toMatch(/^https:\/\/tracker\.example\/compare\?/);
    setCatalogue('be', CATALOGUES.be);
    expect(localHref('/embed/actions', { theme: 'dark' })).toBe('/be/embed/actions?theme=dark');
    expect(localHref('/')).toBe('/be/');
    expect(chartViewUrl('/compare', view)).toMatch(/^https:\/\/tracker\.example\/be\/compare\?/);
  });

  it("embed a frame titled in the page's language", () => {
    const src = 'https://tracker.example/be/embed/actions';
    expect(embedSnippet(src, 'Actions', false)).toContain('title="Actions — Sanctions Tracker"');
    setCatalogue('de', CATALOGUES.de);
    expect(embedSnippet(src, 'Maßnahmen', false)).toMatch(
      /^<iframe src="https:\/\/tracker\.example\/be\/embed\/actions" title="Maßnahmen — Sanctions Tracker"/,
    );
  });
});
