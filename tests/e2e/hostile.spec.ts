import type { Page } from '@playwright/test';
import { PAGE_NAMES, PAGES, type PageName } from '../../src/url/pages';
import type { Param } from '../../src/url/params';
import { ROUTE_PARAMS } from '../../src/url/routes';
import { VIEW_PARAMS } from '../../src/url/view';
import { appUrl, expect, test } from './fixtures';

/**
 * Hostile addresses in a real browser, two or three per kind of page that meet every parameter with a payload: what only a browser can show
 * (no script runs, nothing from the address is rendered as markup, each ignored value is noticed
 * and leaves the address, the page is never blank). The full matrix of values against every
 * parameter is the URL codecs' property test (src/url/codec.property.test.ts), where it is fast.
 */

/** Values that would run or render if the app trusted them; each carries `pwn` so it can be traced. */
const SCRIPT = '<img src=x data-pwn onerror="window.__pwned=1">';
const PAYLOADS = [
  '<script data-pwn>window.__pwned=1</script>',
  SCRIPT,
  '"><svg data-pwn onload="window.__pwned=1">',
  'javascript:window.__pwned=1//pwn',
  encodeURIComponent(encodeURIComponent(SCRIPT)),
  `pwn${'a'.repeat(100_000)}`,
  'pwn\u0000\u0007\u001b[31m\u0008',
  'e\u200Bu\u200Cpwn\uFEFF',
  '\u202Egnp.pwn\u202C',
];

type Case = {
  /** What the address holds, for the test's title. */
  what: string;
  url: string;
  notices: string[];
  /** Values that must leave the address, by the parameter that carried them. */
  payloads: { param: string; value: string }[];
  notFound?: boolean;
};

/** The cases for one kind of page: each of its parameters meets a payload, then the odd shapes. */
function cases(name: PageName): Case[] {
  const { example, path, params: kind } = PAGES[name];
  const base = example.split('?')[0] ?? example;
  const params = [...Object.keys(VIEW_PARAMS), ...Object.keys(ROUTE_PARAMS[kind])];
  // Every parameter at once, each meeting another payload (all the payloads are met on every kind
  // of page), and a name the contract does not know.
  const values = params.map((param, i) => ({
    param,
    value: PAYLOADS[(i + name.length) % PAYLOADS.length] ?? SCRIPT,
  }));
  // Text (a search, a target's id) is kept as written and shown as text, a long one cut to its
  // first characters with a notice; any other parameter drops a value it cannot read.
  const defs: Record<string, Param<unknown>> = { ...VIEW_PARAMS, ...ROUTE_PARAMS[kind] };
  const isText = (param: string) => defs[param]?.fallback === '';
  const noticed = ({ param, value }: { param: string; value: string }) =>
    !isText(param) || (defs[param]?.parse(value).ignored.length ?? 0) > 0;
  const out: Case[] = [
    {
      what: 'a payload in every parameter and an unknown name',
      url: `${base}?${new URLSearchParams([...values.map(({ param, value }): [string, string] => [param, value]), ['utm_source', SCRIPT]]).toString()}`,
      notices: [...values.filter(noticed).map((v) => v.param), 'utm_source'],
      payloads: values.filter((v) => !isText(v.param)),
    },
    {
      // A repeated name keeps its first value; names that would reach an object's prototype are unknown names.
      what: 'repeated names and prototype names',
      url: `${base}?actors=eu&actors=${encodeURIComponent(SCRIPT)}&period=year&period=month&__proto__[pwned]=1&constructor[prototype][pwned]=1&__proto__=pwn&toString=pwn`,
      notices: ['actors', 'period', '__proto__', 'toString'],
      payloads: [{ param: 'actors', value: SCRIPT }],
    },
  ];
  // A path that ends in an id: a value in its place is a page that does not exist.
  if (path.includes('$')) {
    const parent = base.slice(0, base.lastIndexOf('/') + 1);
    for (const value of [PAYLOADS[8]])
      out.push({
        what: 'a direction override in place of the id',
        url: `${parent}${encodeURIComponent(value ?? SCRIPT)}`,
        notices: [],
        payloads: [],
        notFound: true,
      });
  }
  return out;
}

/**
 * Opens one address as typed into the address bar (a hostile address comes from outside: the app's
 * own links are clean) and expects everything a reader must be safe from, waiting for each condition.
 */
async function probe(page: Page, c: Case) {
  const at = c.url.length > 90 ? `${c.url.slice(0, 90)}…` : c.url;
  await page.goto(appUrl(c.url));
  await expect(page.locator('h1, [role="alert"]').first(), at).toBeVisible();
  const codes = page.locator('[role="status"] code');
  for (const param of c.notices)
    await expect(
      codes.filter({ hasText: new RegExp(`^${param}$`) }).first(),
      `${at}: a notice for ${param}`,
    ).toBeVisible();
  const search = () => page.evaluate(() => decodeURIComponent(location.search));
  for (const { param, value } of c.payloads)
    await expect
      .poll(
        () => page.evaluate((name) => new URLSearchParams(location.search).getAll(name).join(' '), param),
        `${at}: the address drops the ignored value of ${param}`,
      )
      .not.toContain(value.slice(0, 40));
  await expect
    .poll(search, `${at}: the address drops unknown names`)
    .not.toMatch(/__proto__|constructor|utm_source|toString/);
  if (c.notFound)
    await expect(page.locator('[role="alert"], h1').first(), at).toHaveText(/No |There is no|not found/i);
  const seen = await page.evaluate(() => ({
    pwned: Reflect.get(window, '__pwned') !== undefined,
    polluted: Reflect.get({}, 'pwned') !== undefined,
    injected: document.querySelectorAll(
      // The build's own inline script (boot.js, allowed by its hash) is marked data-boot.
      '[data-pwn], [onerror], [onload], script:not([src]):not([data-boot]), iframe[src^="javascript"]',
    ).length,
    text: document.body.innerText.trim().length,
    search: new URLSearchParams(location.search).get('q')?.length ?? 0,
    notices: [...document.querySelectorAll('[role="status"]')].map((n) => n.textContent).join(' '),
  }));
  expect(seen.pwned, `${at}: a script ran`).toBe(false);
  expect(seen.polluted, `${at}: the prototype changed`).toBe(false);
  expect(seen.injected, `${at}: markup from the address`).toBe(0);
  expect(seen.text, `${at}: a blank page`).toBeGreaterThan(40);
  expect(seen.search, `${at}: a search kept longer than 200 characters`).toBeLessThanOrEqual(200);
  expect(seen.notices, `${at}: an invisible character in a notice`).not.toMatch(
    /[\u200b-\u200f\u202a-\u202e\ufeff]/,
  );
}

for (const name of PAGE_NAMES)
  for (const c of cases(name))
    test(`${name}, ${c.what}: nothing runs, nothing renders as markup, noticed and dropped, never blank`, async ({
      page,
      consoleProblems,
    }) => {
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await probe(page, c);
      expect(dialogs).toEqual([]);
      // A static host answers an unknown path with its 404 page: that status is expected, nothing else.
      consoleProblems.splice(
        0,
        consoleProblems.length,
        ...consoleProblems.filter((p) => !/status of 404/.test(p)),
      );
    });
