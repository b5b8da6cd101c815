import type { Page } from '@playwright/test';
import { EMBED_PARAMS, EVENTS_PARAMS, PRESENT_PARAMS } from '../../src/url/routes';
import { VIEW_PARAMS } from '../../src/url/view';
import { appUrl, expect, test } from './fixtures';

/** Values that would run or render if the app trusted them; each carries `pwn` so it can be traced. */
const SCRIPT = '<img src=x data-pwn onerror="window.__pwned=1">';
const PAYLOADS: Record<string, string> = {
  script: '<script data-pwn>window.__pwned=1</script>',
  img: SCRIPT,
  svg: '"><svg data-pwn onload="window.__pwned=1">',
  js: 'javascript:window.__pwned=1//pwn',
  encoded: encodeURIComponent(SCRIPT),
  double: encodeURIComponent(encodeURIComponent(SCRIPT)),
  huge: `pwn${'a'.repeat(100_000)}`,
  control: 'pwn\u0000\u0007\u001b[31m\u0008',
  zeroWidth: 'e\u200Bu\u200Cpwn\uFEFF',
  bidi: '\u202Egnp.pwn\u202C',
  date: '2021-02-30',
  farFuture: '9999-12-31',
  farPast: '0001-01-01',
};

/**
 * Each route, the parameters it reads, and whether its path ends in an id a value can replace.
 * `draws`: the route draws from the view, so a well-formed date outside the data is pulled in
 * with a notice (About draws nothing; a presentation's steps set their own periods).
 */
const ROUTES: { path: string; params: string[]; idPath?: string; draws?: false }[] = [
  { path: '/', params: Object.keys(VIEW_PARAMS) },
  {
    path: '/events',
    params: [...Object.keys(VIEW_PARAMS), ...Object.keys(EVENTS_PARAMS)],
    idPath: '/events/',
  },
  { path: '/compare', params: Object.keys(VIEW_PARAMS) },
  { path: '/actors/eu', params: Object.keys(VIEW_PARAMS), idPath: '/actors/' },
  { path: '/targets', params: Object.keys(VIEW_PARAMS), idPath: '/targets/' },
  { path: '/about', params: Object.keys(VIEW_PARAMS), draws: false },
  {
    path: '/present',
    params: [...Object.keys(VIEW_PARAMS), ...Object.keys(PRESENT_PARAMS)],
    draws: false,
  },
  {
    path: '/embed/actions',
    params: [...Object.keys(VIEW_PARAMS), ...Object.keys(EMBED_PARAMS)],
    idPath: '/embed/',
  },
];

type Case = { name: string; url: string; notices: string[]; payloads: string[]; notFound?: boolean };

function cases(): Case[] {
  const out: Case[] = [];
  const names = Object.keys(PAYLOADS);
  for (const route of ROUTES) {
    // Every parameter of the route meets a payload (rotating through them), then every payload meets q or from.
    route.params.forEach((param, i) => {
      const kind = names[(i + route.path.length) % names.length] ?? 'img';
      const value = PAYLOADS[kind] ?? SCRIPT;
      const dateParam = ['from', 'to', 'at'].includes(param);
      const noticed = param !== 'q' || value.length > 200;
      out.push({
        name: `${route.path} ${param}=${kind}`,
        url: `${route.path}?${new URLSearchParams({ [param]: value }).toString()}`,
        notices: noticed ? [param] : [],
        payloads: param === 'q' && value.length <= 200 ? [] : [value],
      });
      if (dateParam)
        for (const date of ['farFuture', 'farPast', 'date'])
          out.push({
            name: `${route.path} ${param}=${date}`,
            url: `${route.path}?${param}=${PAYLOADS[date] ?? ''}`,
            notices: date === 'date' || route.draws !== false ? [param] : [],
            payloads: [],
          });
    });
    for (const kind of names) {
      const value = PAYLOADS[kind] ?? SCRIPT;
      out.push({
        name: `${route.path} actors=${kind}`,
        url: `${route.path}?${new URLSearchParams({ actors: value, period: value }).toString()}`,
        notices: ['actors', 'period'],
        payloads: [value],
      });
    }
    out.push(
      {
        name: `${route.path} repeated`,
        url: `${route.path}?actors=eu&actors=${encodeURIComponent(SCRIPT)}&period=year&period=month`,
        notices: ['actors', 'period'],
        payloads: [SCRIPT],
      },
      {
        name: `${route.path} prototype`,
        url: `${route.path}?__proto__[pwned]=1&constructor[prototype][pwned]=1&__proto__=pwn&toString=pwn`,
        notices: ['__proto__', 'toString'],
        payloads: ['pwn'],
      },
      {
        name: `${route.path} everything at once`,
        url: `${route.path}?${route.params.map((p) => `${p}=${encodeURIComponent(SCRIPT)}`).join('&')}&utm_source=${encodeURIComponent(SCRIPT)}`,
        notices: [...route.params.filter((p) => p !== 'q'), 'utm_source'],
        payloads: [],
      },
    );
    if (route.idPath)
      for (const kind of ['script', 'img', 'double', 'bidi', 'huge', 'control'])
        out.push({
          name: `${route.idPath}<${kind}>`,
          url: `${route.idPath}${encodeURIComponent(PAYLOADS[kind] ?? SCRIPT)}`,
          notices: [],
          payloads: [],
          notFound: true,
        });
  }
  return out;
}

const ALL = cases();

test('the suite opens at least 200 hostile addresses across every route', () => {
  expect(ALL.length).toBeGreaterThanOrEqual(200);
  expect(new Set(ALL.map((c) => c.url.split('?')[0]?.split('/')[1])).size).toBeGreaterThanOrEqual(
    ROUTES.length - 1,
  );
});

async function probe(page: Page, c: Case) {
  await page.goto(appUrl(c.url));
  await expect(page.locator('h1, [role="alert"]').first()).toBeVisible();
  // Let the app settle: the notices are shown and the address rewritten once the route has read it.
  await page.waitForTimeout(250);
  return page.evaluate(() => ({
    pwned: Reflect.get(window, '__pwned') !== undefined,
    polluted: Reflect.get({}, 'pwned') !== undefined,
    injected: document.querySelectorAll(
      '[data-pwn], [onerror], [onload], script:not([src]), iframe[src^="javascript"]',
    ).length,
    text: document.body.innerText.trim().length,
    longest: Math.max(
      0,
      ...[Reflect.get(window, '__longTasks')].flat().filter((d): d is number => typeof d === 'number'),
    ),
    search: location.search,
    notice: [...document.querySelectorAll('[role="status"] code')].map((c) => c.textContent),
    noticeText: [...document.querySelectorAll('[role="status"]')].map((n) => n.textContent).join(' '),
    alertText: [...document.querySelectorAll('[role="alert"], h1')].map((n) => n.textContent).join(' '),
  }));
}

const CHUNK = 12;
for (let start = 0; start < ALL.length; start += CHUNK) {
  const chunk = ALL.slice(start, start + CHUNK);
  test(`hostile addresses ${start + 1}–${start + chunk.length}: nothing runs, nothing renders, every ignored value noticed and dropped`, async ({
    page,
    consoleProblems,
  }) => {
    test.setTimeout(120_000);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript(() => {
      const durations: number[] = [];
      Reflect.set(window, '__longTasks', durations);
      new PerformanceObserver((list) => list.getEntries().forEach((e) => durations.push(e.duration))).observe(
        {
          type: 'longtask',
          buffered: true,
        },
      );
    });
    // A first visit compiles the app's code (the longest tasks of any load, whatever the address):
    // each route is loaded once clean, so that the tasks measured are what the hostile values cost.
    const homes = new Set(
      chunk.map(
        (c) =>
          ROUTES.find((r) => c.url.startsWith(`${r.path}?`) || (r.idPath && c.url.startsWith(r.idPath)))
            ?.path ?? '/',
      ),
    );
    for (const home of homes) {
      await page.goto(appUrl(home));
      await expect(page.locator('h1').first()).toBeVisible();
    }
    for (const c of chunk) {
      const seen = await probe(page, c);
      expect.soft(seen.pwned, `${c.name}: a script ran`).toBe(false);
      expect.soft(seen.polluted, `${c.name}: the prototype changed`).toBe(false);
      expect.soft(seen.injected, `${c.name}: markup from the address`).toBe(0);
      expect.soft(seen.text, `${c.name}: a blank page`).toBeGreaterThan(40);
      expect.soft(seen.longest, `${c.name}: a long task`).toBeLessThan(200);
      for (const param of c.notices)
        expect.soft(seen.notice, `${c.name}: no notice for ${param}`).toContain(param);
      expect
        .soft(seen.noticeText, `${c.name}: an invisible character in a notice`)
        .not.toMatch(/[\u200b-\u200f\u202a-\u202e\ufeff]/);
      for (const payload of c.payloads)
        expect
          .soft(decodeURIComponent(seen.search), `${c.name}: the address kept an ignored value`)
          .not.toContain(payload.slice(0, 40));
      expect
        .soft(seen.search, `${c.name}: an unknown name kept`)
        .not.toMatch(/__proto__|constructor|utm_source|toString/);
      if (c.notFound)
        expect.soft(seen.alertText, `${c.name}: no not-found message`).toMatch(/No |There is no/);
    }
    expect(dialogs).toEqual([]);
    // A static host answers an unknown path with its 404 page: that status is expected, nothing else.
    const rest = consoleProblems.filter((p) => !/status of 404/.test(p));
    consoleProblems.splice(0, consoleProblems.length, ...rest);
  });
}
