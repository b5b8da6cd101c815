import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, renderApp } from '../../tests/render';
import { dataset } from '../data/dataset';
import { datasetSchema } from '../data/schema';
import { eventDates, gapList, pickGaps } from '../selectors/targets';

const data = datasetSchema.parse(dataset);
const gaps = gapList(data.targets, 'us', 'eu', data.asOf, eventDates(data.events));

describe('the comparison', () => {
  it('sets the range with a preset, and Back restores the one before', async () => {
    const { user, router } = renderApp('/compare');
    const presets = await screen.findByRole('group', { name: 'Range' });
    await user.click(within(presets).getByRole('button', { name: 'Since 2025' }));
    expect(currentUrl(router)).toBe('/compare?from=2025-01-01');
    expect(within(presets).getByRole('button', { name: 'Since 2025' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(presets).getByRole('button', { name: '2008 easing' }));
    expect(currentUrl(router)).toBe('/compare?from=2008-01-01&to=2008-12-31');
    router.history.back();
    await waitFor(() => expect(currentUrl(router)).toBe('/compare?from=2025-01-01'));
  });

  it('moves the "in force on" day by keyboard: a month per arrow, a year per page key', async () => {
    const { user, router } = renderApp('/compare?at=2020-06-30');
    const thumb = await screen.findByRole('slider', { name: 'In force on' });
    expect(screen.getByRole('heading', { name: 'In force on 30 Jun 2020' })).toBeInTheDocument();
    thumb.focus();
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(currentUrl(router)).toBe('/compare?at=2020-05-31'));
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(currentUrl(router)).toBe('/compare?at=2019-05-31'));
    expect(screen.getByRole('heading', { name: 'In force on 31 May 2019' })).toBeInTheDocument();
    router.history.back();
    await waitFor(() => expect(currentUrl(router)).toBe('/compare?at=2020-06-30'));
  });

  it('puts the actor the reader chooses first, and the address keeps the choice', async () => {
    const { user, router } = renderApp('/compare');
    await screen.findByRole('heading', { level: 1, name: 'United States and European Union, compared' });
    await user.click(screen.getByRole('button', { name: 'Swap: EU first' }));
    expect(currentUrl(router)).toBe('/compare?first=eu');
    expect(
      screen.getByRole('heading', { level: 1, name: 'European Union and United States, compared' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'First actor' })).toHaveValue('eu');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Second actor' }), 'uk');
    // The view's actors stay in their canonical order; `first` still names the EU.
    expect(currentUrl(router)).toBe('/compare?actors=eu,uk');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('European Union and United Kingdom');
    await user.selectOptions(screen.getByRole('combobox', { name: 'First actor' }), 'ca');
    expect(currentUrl(router)).toBe('/compare?actors=uk,ca&first=ca');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Canada and United Kingdom');
  });

  it('filters and orders the gap list, the latest change first by default', async () => {
    const { user, router } = renderApp('/compare');
    const list = await screen.findByRole('region', { name: /Listed by one, not the other/ });
    const names = () =>
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('a')?.textContent);
    const expected = (ask: Parameters<typeof pickGaps>[1]) =>
      pickGaps(gaps, ask)
        .slice(0, 20)
        .map((g) => g.target.name);
    expect(names()).toEqual(expected({}));
    // The latest change first: the US delistings of 2025–26 lead, not the oldest gaps.
    expect((gaps[0]?.since ?? '') >= '2025-01-01').toBe(true);
    await user.selectOptions(within(list).getByRole('combobox', { name: 'Listed only by' }), 'us');
    await user.selectOptions(within(list).getByRole('combobox', { name: 'Target kind' }), 'company');
    expect(currentUrl(router)).toBe('/compare?gapBy=us&gapKind=company');
    const picked = pickGaps(gaps, { gapBy: 'us', gapKind: 'company' });
    expect(picked.length).toBeGreaterThan(0);
    expect(picked.length).toBeLessThan(gaps.length);
    expect(list).toHaveTextContent(`${picked.length} of ${gaps.length} match`);
    expect(names()).toEqual(expected({ gapBy: 'us', gapKind: 'company' }));
    await user.selectOptions(within(list).getByRole('combobox', { name: 'Order' }), 'longest');
    expect(currentUrl(router)).toBe('/compare?gapBy=us&gapKind=company&gapSort=longest');
    expect(names()).toEqual(expected({ gapBy: 'us', gapKind: 'company', gapSort: 'longest' }));
    // Listed by the EU, delisted by the US: the 2025–26 relief, Belavia among it.
    await user.selectOptions(within(list).getByRole('combobox', { name: 'Listed only by' }), 'eu');
    await user.selectOptions(within(list).getByRole('combobox', { name: 'The other' }), 'delisted');
    const delisted = expected({ gapBy: 'eu', gapKind: 'company', gapOther: 'delisted', gapSort: 'longest' });
    expect(delisted).toContain('Belavia');
    expect(names()).toEqual(delisted);
  });

  it('compares any two actors the address names', async () => {
    renderApp('/compare?actors=uk,ca');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'United Kingdom and Canada, compared' }),
    ).toBeInTheDocument();
  });
});

describe('an actor page', () => {
  it('says so for an actor not in the data', async () => {
    renderApp('/actors/xx');
    expect(await screen.findByRole('heading', { name: 'No actor called “xx”' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'European Union' })).toHaveAttribute('href', '/actors/eu');
  });
});
