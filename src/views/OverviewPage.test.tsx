import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { currentUrl, renderApp } from '../../tests/render';
import { oppositeDirections } from '../stories/opposite-directions';
import { DATA_AS_OF, dataset } from '../data/dataset';
import { datasetSchema } from '../data/schema';
import { filterEffect, viewRange } from '../selectors/filter';
import { DEFAULT_VIEW } from '../url/view';
import { formatDay } from '../i18n/format';

const DATA = '*/data/sanctions.json';

async function openTable(user: ReturnType<typeof renderApp>['user'], figureName: RegExp) {
  const figure = await screen.findByRole('figure', { name: figureName });
  await user.click(within(figure).getByText('Show the numbers as a table'));
  // The table is built when opened.
  const [table] = await within(figure).findAllByRole('table');
  return table ?? within(figure).getByRole('table');
}

function columnHeaders(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('columnheader')
    .map((th) => th.textContent);
}

describe('overview', () => {
  it('shows headline figures, both charts and the events for the default view', async () => {
    renderApp('/');
    expect(await screen.findByRole('figure', { name: /^Sanctions actions over time/ })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Persons and entities listed' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'United States' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'European Union' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Events' })).toBeInTheDocument();
    for (const figure of screen.getAllByRole('figure'))
      expect(within(figure).getByText(/Data as of \d+ \w+ \d{4}/)).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Every action on a timeline' })).toBeInTheDocument();
  });

  it('filters by actor: the chart table and the URL follow, and Back restores', async () => {
    const { user, router } = renderApp('/');
    const table = await openTable(user, /actions over time/);
    expect(columnHeaders(table).some((h) => h.startsWith('EU:'))).toBe(true);

    await user.click(screen.getByRole('button', { name: 'European Union', pressed: true }));

    expect(screen.getByRole('button', { name: 'European Union', pressed: false })).toBeInTheDocument();
    // The table stays open and now has US columns only.
    expect(columnHeaders(table).some((h) => h.startsWith('EU:'))).toBe(false);
    expect(columnHeaders(table).some((h) => h.startsWith('US:'))).toBe(true);
    expect(currentUrl(router)).toBe('/?actors=us');
    expect(screen.queryByRole('heading', { name: 'European Union' })).not.toBeInTheDocument();

    router.history.back();
    await waitFor(() => expect(currentUrl(router)).toBe('/'));
    expect(screen.getByRole('button', { name: 'European Union', pressed: true })).toBeInTheDocument();
  });

  it('announces what a filter change shows, and nothing on load', async () => {
    const { user } = renderApp('/');
    const filters = await screen.findByRole('region', { name: 'Filters' });
    const status = within(filters).getByRole('status');
    expect(status).toHaveTextContent(/^$/);
    await user.click(screen.getByRole('button', { name: 'European Union', pressed: true }));
    const data = datasetSchema.parse(dataset);
    const view = { ...DEFAULT_VIEW, actors: ['us' as const] };
    const range = viewRange(data.events, view, data.asOf);
    const { shown } = filterEffect(data.events, view, range);
    expect(status).toHaveTextContent(
      `${shown} actions shown for United States, ${formatDay(range.start)} to ${formatDay(range.end)}, counted per year.`,
    );
  });

  it('keeps at least one actor selected', async () => {
    const { user } = renderApp('/?actors=eu');
    const eu = await screen.findByRole('button', { name: 'European Union', pressed: true });
    expect(eu).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'United States', pressed: false }));
    expect(screen.getByRole('button', { name: 'European Union', pressed: true })).toBeEnabled();
  });

  it('restores the whole view from a deep link', async () => {
    const { user } = renderApp('/?actors=eu&period=quarter&from=2020-01-01&to=2021-12-31');
    expect(await screen.findByRole('button', { name: 'European Union', pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'United States', pressed: false })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Quarter' })).toBeChecked();
    expect(screen.getByLabelText('From')).toHaveValue('2020-01-01');
    expect(screen.getByLabelText('To')).toHaveValue('2021-12-31');
    const table = await openTable(user, /actions over time/);
    const periods = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(periods.length).toBeGreaterThan(0);
    expect(periods.every((p) => /^Q[1-4] 202[01]$/.test(p))).toBe(true);
  });

  it('changes period and dates through the URL, leaving defaults out', async () => {
    const { user, router } = renderApp('/?period=month');
    await user.click(await screen.findByRole('radio', { name: 'Year' }));
    expect(currentUrl(router)).toBe('/');
    await user.click(screen.getByRole('radio', { name: 'Quarter' }));
    expect(currentUrl(router)).toBe('/?period=quarter');
    const from = screen.getByLabelText('From');
    fireEvent.change(from, { target: { value: '2020-08-09' } });
    expect(currentUrl(router)).toBe('/?period=quarter');
    fireEvent.keyDown(from, { key: 'Enter' });
    await waitFor(() => expect(currentUrl(router)).toBe('/?from=2020-08-09&period=quarter'));
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(currentUrl(router)).toBe('/');
  });

  it('fits dates outside the data into it, says so, and rewrites the address in place', async () => {
    const { router } = renderApp('/?from=0002-01-01&to=2100-01-01&actors=eu');
    expect(await screen.findByText(/could not be used as written/)).toHaveTextContent('from “0002-01-01”');
    expect(screen.getByText(/could not be used as written/)).toHaveTextContent('to “2100-01-01”');
    await waitFor(() => expect(currentUrl(router)).toBe('/?actors=eu'));
    expect(router.history.length).toBe(1);
    expect(
      screen.getByText(`persons and entities listed on ${formatDay(DATA_AS_OF)}`, { exact: false }),
    ).toBeInTheDocument();
  });

  it('shows every filter a link sets as a removable chip, with how many actions it hides', async () => {
    const { user, router } = renderApp('/?q=belavia&actions=ease,lift');
    const group = await screen.findByRole('group', { name: 'Active filters' });
    const range = viewRange(dataset.events, DEFAULT_VIEW, DATA_AS_OF);
    const { total, shown } = filterEffect(
      dataset.events,
      { ...DEFAULT_VIEW, q: 'belavia', actions: ['ease', 'lift'] },
      range,
    );
    expect(shown).toBeGreaterThan(0);
    expect(group).toHaveTextContent(`Showing ${shown} of ${total} actions`);
    expect(within(group).getByText('Search: “belavia”')).toBeInTheDocument();
    expect(within(group).getByText('Actions: Eased, Lifted')).toBeInTheDocument();

    await user.click(within(group).getByRole('button', { name: 'Remove filter Search: “belavia”' }));
    expect(currentUrl(router)).toBe('/?actions=ease,lift');
    await user.click(screen.getByRole('button', { name: 'Remove filter Actions: Eased, Lifted' }));
    expect(currentUrl(router)).toBe('/');
    expect(screen.queryByRole('group', { name: 'Active filters' })).not.toBeInTheDocument();
  });

  it('keeps the shared view on every link, and leaves a page’s own parameters behind', async () => {
    const { user, router } = renderApp('/events?actors=eu&period=quarter&sort=actor');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Overview' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/?actors=eu&period=quarter'));
    await user.click(within(nav).getByRole('link', { name: 'Compare' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/compare?actors=eu&period=quarter'));
  });

  it('explains an address it cannot read and shows the default instead', async () => {
    const { router } = renderApp('/?period=<b>decade</b>&actors=us&utm_source=x');
    await waitFor(() => expect(router.history.location.search).toBe('?actors=us'));
    expect(currentUrl(router)).toBe('/?actors=us');
    expect(router.history.length).toBe(1);
    expect(await screen.findByText(/could not be used as written/)).toHaveTextContent(
      'period “<b>decade</b>”',
    );
    expect(await screen.findByRole('radio', { name: 'Year' })).toBeChecked();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByRole('button', { name: 'United States', pressed: true })).toBeInTheDocument();
  });
});

describe('when the data cannot be shown', () => {
  const valid = datasetSchema.parse(dataset);
  const faults: [string, () => Response, RegExp][] = [
    [
      'a server error',
      () => new HttpResponse('down', { status: 500 }),
      /could not give the sanctions data \(it answered 500\)/,
    ],
    [
      'a missing file',
      () => new HttpResponse('nope', { status: 404 }),
      /not found at its address \(the server answered 404\)/,
    ],
    [
      'a web page',
      () => new HttpResponse('<!doctype html><p>index', { headers: { 'content-type': 'text/html' } }),
      /sent a web page instead/,
    ],
    [
      'truncated JSON',
      () =>
        new HttpResponse(JSON.stringify(valid).slice(0, 5000), {
          headers: { 'content-type': 'application/json' },
        }),
      /damaged or incomplete: it is not valid JSON/,
    ],
    [
      'a shape that is not the dataset',
      () => HttpResponse.json({ asOf: '2026-01-01', events: [{ id: 7 }], annotations: [] }),
      /unexpected shape/,
    ],
    [
      'an empty events list',
      () => HttpResponse.json({ ...valid, events: [], targets: [] }),
      /holds no actions at all: the publication is broken/,
    ],
    [
      'a far too large answer',
      () =>
        new HttpResponse('[]', {
          headers: { 'content-type': 'application/json', 'content-length': '20000000' },
        }),
      /far larger than the dataset/,
    ],
  ];

  it.each(faults)(
    'says so in plain words on %s, and Retry recovers without losing the view',
    async (_, response, message) => {
      server.use(http.get(DATA, response, { once: true }));
      const { user, router } = renderApp('/?actors=eu&period=month');
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(message);
      expect(currentUrl(router)).toBe('/?actors=eu&period=month');
      await user.click(within(alert).getByRole('button', { name: 'Retry' }));
      expect(await screen.findByRole('figure', { name: /^Sanctions actions over time/ })).toBeInTheDocument();
      expect(currentUrl(router)).toBe('/?actors=eu&period=month');
    },
  );

  it('leaves out one bad record, names it, and shows the rest', async () => {
    // A record nothing links to, so that the rest stands without it.
    const linked = new Set([
      ...valid.events.flatMap((e) => e.modifies ?? []),
      ...valid.targets.flatMap((t) => t.history.map((c) => c.event)),
    ]);
    const first = valid.events.find((e) => !linked.has(e.id));
    const events = valid.events.map((e) => (e === first ? { ...e, date: '2004-02-30' } : e));
    const index = events.findIndex((e) => e.id === first?.id);
    server.use(http.get(DATA, () => HttpResponse.json({ ...valid, events })));
    renderApp('/');
    expect(await screen.findByRole('figure', { name: /^Sanctions actions over time/ })).toBeInTheDocument();
    expect(screen.getByText(/One record of the published data broke its contract/)).toBeInTheDocument();
    expect(
      screen.getByText(`events[${index}] (${first?.id ?? ''}): date: Invalid ISO date`),
    ).toBeInTheDocument();
  });

  it('leaves out a bad record that others refer to, and those that refer to it, naming each, everywhere', async () => {
    const broken = 'us-2025-09-11-gl-11';
    const events = valid.events.map((e) => (e.id === broken ? { ...e, date: '2025-09-31' } : e));
    // Left out with it: the records that modify it, those that modify them, and the targets whose
    // history names any of them.
    const out = new Set([broken]);
    for (let grew = true; grew;) {
      grew = false;
      for (const e of valid.events)
        if (!out.has(e.id) && e.modifies?.some((id) => out.has(id))) grew = Boolean(out.add(e.id));
    }
    const referring = [
      ...[...out].filter((id) => id !== broken),
      ...valid.targets.filter((t) => t.history.some((c) => c.event && out.has(c.event))).map((t) => t.id),
    ];
    expect(referring.length).toBeGreaterThan(0);
    server.use(http.get(DATA, () => HttpResponse.json({ ...valid, events })));
    const { unmount } = renderApp('/');
    expect(await screen.findByRole('figure', { name: /^Sanctions actions over time/ })).toBeInTheDocument();
    const notice = screen.getByText(/records of the published data broke its contract/).closest('div');
    expect(notice).toHaveTextContent(`${referring.length + 1} records of the published data`);
    for (const id of [broken, ...referring]) expect(notice).toHaveTextContent(`(${id})`);
    unmount();
    // The presentation names it where its step points it out, and shows the rest.
    renderApp('/present?step=7');
    const pointed = await screen.findByText(
      (_, element) => element?.tagName === 'P' && /Pointed out: /.test(element.textContent),
    );
    const gone = (oppositeDirections.steps[6]?.highlight ?? []).filter((id) => out.has(id));
    expect(gone).toContain(broken);
    expect(pointed).toHaveTextContent(`Left out of the data, so not shown: ${gone.join(', ')}.`);
    expect(screen.getByText(/records of the published data broke its contract/)).toBeInTheDocument();
  });

  it('says on the About page when the data failed', async () => {
    server.use(http.get(DATA, () => new HttpResponse('down', { status: 503 })));
    renderApp('/about');
    expect(await screen.findByRole('alert')).toHaveTextContent('it answered 503');
  });
});
