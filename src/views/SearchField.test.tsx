import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchField } from './SearchField';

/** A page whose address takes a while to follow a commit, as on a slow device. */
function Page({ commits }: { commits: string[] }) {
  const [q, setQ] = useState('');
  return (
    <>
      <SearchField
        value={q}
        onCommit={(text) => {
          commits.push(text);
          setTimeout(() => setQ(text), 100);
        }}
      />
      <button type="button" onClick={() => setQ('belavia')}>
        Back
      </button>
    </>
  );
}

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
afterEach(() => vi.useRealTimers());

describe('SearchField', () => {
  it('keeps what the reader typed after a pause when the pause’s commit comes back late', async () => {
    const commits: string[] = [];
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    render(<Page commits={commits} />);
    const field = screen.getByRole('searchbox');
    await user.type(field, 'ba');
    // The pause commits "ba".
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(commits).toEqual(['ba']);
    await user.type(field, 'nk');
    // "ba" comes back as the value meanwhile.
    act(() => {
      vi.advanceTimersByTime(150);
    });
    expect(field).toHaveValue('bank');
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(commits).toEqual(['ba', 'bank']);
    expect(field).toHaveValue('bank');
  });

  it('shows a new value that is not its own commit (Back, a link)', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    render(<Page commits={[]} />);
    const field = screen.getByRole('searchbox');
    await user.type(field, 'po');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(field).toHaveValue('belavia');
  });
});
