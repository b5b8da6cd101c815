import { ACTIONS, MEASURES, REGIMES } from '../data/ids';
import { t } from '../i18n/catalogue';
import { formatCount } from '../i18n/format';
import { actionLabel, measureLabel, regimeLabel } from '../i18n/labels';
import { DEFAULT_VIEW, type ViewState } from '../url/view';

type Chip = { key: 'q' | 'actions' | 'measures' | 'regimes'; label: string };

/** The content filters in force (search, action kinds, measure kinds, regimes), as words. */
function activeChips(view: ViewState): Chip[] {
  const chips: Chip[] = [];
  if (view.q) chips.push({ key: 'q', label: t('pages.active.search', { q: view.q }) });
  if (view.actions.length < ACTIONS.length)
    chips.push({
      key: 'actions',
      label: t('pages.active.actions', { list: view.actions.map(actionLabel).join(', ') }),
    });
  if (view.measures.length < MEASURES.length)
    chips.push({
      key: 'measures',
      label: t('pages.active.measures', { list: view.measures.map(measureLabel).join(', ') }),
    });
  if (view.regimes.length < REGIMES.length)
    chips.push({
      key: 'regimes',
      label: t('pages.active.regimes', { list: view.regimes.map(regimeLabel).join(', ') }),
    });
  return chips;
}

/**
 * Every content filter the address sets, as a removable chip, and how many actions they hide, so
 * that a shared link never filters out of sight.
 */
export function ActiveFilters({
  view,
  effect,
  onChange,
}: {
  view: ViewState;
  effect: { total: number; shown: number };
  onChange: (change: Partial<ViewState>) => void;
}) {
  const chips = activeChips(view);
  if (!chips.length) return null;
  const hidden = effect.total - effect.shown;
  return (
    <div
      role="group"
      aria-label={t('pages.active.label')}
      className="flex flex-wrap items-center gap-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      <p>{t('pages.active.showing', { shown: formatCount(effect.shown), total: effect.total, hidden })}</p>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li
            key={chip.key}
            className="inline-flex items-center gap-1 rounded-full border border-amber-400 bg-white py-0.5 pl-3 pr-1 dark:border-amber-600 dark:bg-gray-900"
          >
            <span className="max-w-[40ch] truncate">{chip.label}</span>
            <button
              type="button"
              aria-label={t('pages.active.remove', { label: chip.label })}
              onClick={() => onChange({ [chip.key]: DEFAULT_VIEW[chip.key] })}
              className="rounded-full px-1.5 leading-5 hover:bg-amber-100 dark:hover:bg-amber-900"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <button
          type="button"
          onClick={() =>
            onChange({
              q: DEFAULT_VIEW.q,
              actions: DEFAULT_VIEW.actions,
              measures: DEFAULT_VIEW.measures,
              regimes: DEFAULT_VIEW.regimes,
            })
          }
          className="underline underline-offset-2"
        >
          {t('pages.active.clear')}
        </button>
      )}
    </div>
  );
}
