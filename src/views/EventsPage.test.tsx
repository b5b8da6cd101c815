import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, renderApp } from '../../tests/render';
import { dataset } from '../data/dataset';
import { datasetSchema } from '../data/schema';
import { relatedEvents } from '../selectors/events';
import { filterEvents, viewRange } from '../selectors/filter';
import { formatDay } from '../i18n/format';
import { DEFAULT_VIEW } from '../url/view';

const data = datasetSchema.parse(dataset);
const all = viewRange(data.events, DEFAULT_VIEW, data.asOf);
const count = (q: string) => filterEvents(data.events, { ...DEFAULT_VIEW, q }, all).length;

describe('the events table', () => {
  it('narrows the rows as a search is typed, and writes it to the address once', async () => {
    const { user, router } = renderApp('/events');
    const status = await screen.findByText(/of \d+ actions$/);
    expect(status).toHaveTextContent(`${count('')} of ${data.events.length} actions`);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'belavia');
    await waitFor(() => expect(currentUrl(router)).toBe('/events?q=belavia'));
    expect(status).toHaveTextContent(`${count('belavia')} of ${data.events.length} actions`);
    const shown = within(screen.getByRole('table'))
      .getAllByRole('link')
      .map((a) => a.textContent);
    const expected = filterEvents(data.events, { ...DEFAULT_VIEW, q: 'belavia' }, all).map(
      (e) => e.instrument,
    );
    expect(shown.sort()).toEqual(expected.sort());
    router.history.back();
    await waitFor(() => expect(currentUrl(router)).toBe('/events'));
  });

  it('sorts by a column through the address, and Back restores the order', async () => {
    const { user, router } = renderApp('/events?actors=eu');
    const table = await screen.findByRole('table');
    // The rows drawn (a window of them: the table is virtualised), as days, in order.
    const days = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((th) => Date.parse(th.textContent));
    const ordered = (sign: 1 | -1) =>
      days().every((d, i, all) => i === 0 || sign * (d - (all[i - 1] ?? d)) >= 0);
    expect(days().length).toBeGreaterThan(5);
    expect(ordered(-1)).toBe(true);
    await user.click(within(table).getByRole('button', { name: /Date/ }));
    expect(currentUrl(router)).toBe('/events?actors=eu&sort=date');
    expect(within(table).getByRole('columnheader', { name: /Date/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(ordered(1)).toBe(true);
    expect(ordered(-1)).toBe(false);
    router.history.back();
    await waitFor(() => expect(ordered(-1)).toBe(true));
    expect(within(table).getByRole('columnheader', { name: /Date/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });
});

describe('an event page', () => {
  it('shows the action, its sources and its chain of related actions', async () => {
    const id = 'us-2025-11-04-belavia-delisting';
    const event = data.events.find((e) => e.id === id);
    renderApp(`/events/${id}`);
    expect(await screen.findByRole('heading', { level: 1, name: event?.instrument })).toBeInTheDocument();
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getAllByRole('listitem')).toHaveLength(event?.sources.length ?? 0);
    expect(within(sources).getAllByRole('listitem')[0]).toHaveTextContent('Official release');
    const chain = screen.getByRole('list', { name: 'The chain of related actions' });
    const expected = relatedEvents(data.events, id).chain;
    expect(within(chain).getAllByRole('listitem')).toHaveLength(expected.length);
    expect(within(chain).getByText(`Lifted ${formatDay('2025-11-04')}`)).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('says when no official text was found, and where the record is cited from instead', async () => {
    const event = data.events.find((e) => e.noOfficialText);
    if (!event?.noOfficialText) throw new Error('every record cites an official text');
    renderApp(`/events/${event.id}`);
    const sources = await screen.findByRole('region', { name: 'Sources' });
    expect(sources).toHaveTextContent(
      `Official text not found; cited from ${event.sources[0]?.publisher ?? ''}. ${event.noOfficialText}`,
    );
  });

  it('names the regime of a listing made under another than the Belarus one', async () => {
    const event = data.events.find((e) => e.regime === 'russia');
    if (!event) throw new Error('no record under the Russia regime');
    renderApp(`/events/${event.id}`);
    expect(await screen.findByText('Russia/Ukraine regime')).toBeInTheDocument();
  });

  it('says so for an unknown id, with a search link', async () => {
    renderApp('/events/us-2099-01-01-no-such-thing');
    expect(await screen.findByRole('heading', { name: 'No action with this id' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Search the events for “no such thing”' })).toHaveAttribute(
      'href',
      '/events?q=no%20such%20thing',
    );
  });
});

describe('the About page', () => {
  it('lists, per actor, every record that cites no official text, with its reason', async () => {
    const { user } = renderApp('/about');
    const eu = data.events.filter((e) => e.actor === 'eu');
    const euUnofficial = eu.filter((e) => e.noOfficialText);
    const summary = await screen.findByText(
      `European Union: ${euUnofficial.length} record${euUnofficial.length === 1 ? '' : 's'} of ${eu.length}`,
    );
    await user.click(summary);
    const list = summary.parentElement?.querySelector('ul');
    expect(list?.querySelectorAll('li')).toHaveLength(euUnofficial.length);
    expect(list).toHaveTextContent(euUnofficial[0]?.noOfficialText ?? '');
  });
});
