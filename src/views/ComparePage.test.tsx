import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, renderApp } from '../../tests/render';

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
