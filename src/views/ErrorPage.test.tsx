import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../tests/render';

// A selector that throws stands for any bug that breaks rendering.
vi.mock('../selectors/headline', () => ({
  headlines: () => {
    throw new Error('headline figures exploded');
  },
}));

describe('a render error', () => {
  it('shows a message and a way back instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderApp('/?actors=eu');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This view failed to draw');
    expect(alert).toHaveTextContent('headline figures exploded');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toBeInTheDocument();
  });
});
