import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endPrerender } from './prerender';

/** A page's fields as the app draws them: what they hold is shown in the output. */
function Fields({ onGo }: { onGo: () => void }) {
  const [q, setQ] = useState('');
  const [kind, setKind] = useState('');
  const [renewals, setRenewals] = useState(false);
  return (
    <div>
      <svg />
      <input type="search" aria-label="Search" value={q} onChange={(event) => setQ(event.target.value)} />
      <select aria-label="Kind" value={kind} onChange={(event) => setKind(event.target.value)}>
        <option value="">Every kind</option>
        <option value="person">Person</option>
      </select>
      <label>
        <input type="checkbox" checked={renewals} onChange={(event) => setRenewals(event.target.checked)} />
        Renewals
      </label>
      <button type="button" onClick={onGo}>
        Go
      </button>
      <output>{`${q}|${kind}|${String(renewals)}`}</output>
    </div>
  );
}

/** The build's copy of the same fields (scripts/prerender.ts): a drawing in two widths, the second marked `data-also`. */
const COPY = `<div>
  <svg class="pre-wide"></svg><svg class="pre-narrow" data-also=""></svg>
  <input type="search" aria-label="Search" value="">
  <select aria-label="Kind"><option value="" selected="">Every kind</option><option value="person">Person</option></select>
  <label><input type="checkbox">Renewals</label>
  <button type="button">Go</button>
  <output>||false</output>
</div>`;

function page() {
  const copy = document.createElement('div');
  copy.id = 'prerender';
  copy.innerHTML = COPY;
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(copy, root);
  const onGo = vi.fn();
  render(<Fields onGo={onGo} />, { container: root });
  return { copy: within(copy), app: within(root), onGo };
}

afterEach(() => document.body.replaceChildren());

describe('the app taking over from the pre-rendered copy', () => {
  it('keeps what the reader typed, chose and ticked in the copy, and the focus', async () => {
    const { copy, app } = page();
    const user = userEvent.setup();
    await user.selectOptions(copy.getByRole('combobox', { name: 'Kind' }), 'person');
    await user.click(copy.getByRole('checkbox', { name: 'Renewals' }));
    await user.click(copy.getByRole('searchbox', { name: 'Search' }));
    await user.keyboard('bank');
    act(endPrerender);
    expect(document.getElementById('prerender')).toBeNull();
    expect(app.getByRole('status')).toHaveTextContent('bank|person|true');
    expect(app.getByRole('searchbox', { name: 'Search' })).toHaveFocus();
    // Typing goes on in the app's own field.
    await user.keyboard('s');
    expect(app.getByRole('status')).toHaveTextContent('banks|person|true');
  });

  it('sets nothing the reader left alone', () => {
    const { app } = page();
    act(endPrerender);
    expect(app.getByRole('status')).toHaveTextContent('||false');
    expect(screen.getByRole('checkbox', { name: 'Renewals' })).not.toBeChecked();
  });

  it("clicks the app's control where a click on the copy landed, a drawing's variants counted once", () => {
    const { copy, app, onGo } = page();
    copy.getByRole('button', { name: 'Go' }).setAttribute('data-replay', 'click');
    act(endPrerender);
    expect(onGo).toHaveBeenCalledTimes(1);
    expect(app.getByRole('button', { name: 'Go' })).toHaveFocus();
  });
});
