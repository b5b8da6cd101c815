import type { Actor } from '../data/ids';
import { t } from '../i18n/catalogue';
import type { LegendItem } from './spec';
import { DirectionPatterns, Swatch, SWATCH_WIDTH } from './Swatch';
import type { ChartTheme } from './theme';

/** Legend entries grouped for layout: entries without a group stand alone. */
export function legendGroups(
  items: readonly LegendItem[],
): { group: string | undefined; items: LegendItem[] }[] {
  const groups: { group: string | undefined; items: LegendItem[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && item.group !== undefined && last.group === item.group) last.items.push(item);
    else groups.push({ group: item.group, items: [item] });
  }
  return groups;
}

/** Actors whose bar swatches need fill patterns. */
export function patternActors(items: readonly LegendItem[]): Actor[] {
  return [...new Set(items.flatMap((i) => (i.swatch.shape === 'bar' ? [i.swatch.actor] : [])))];
}

/** The legend of a chart as HTML, its swatches drawn by the same `Swatch` as the exported file's. */
export function Legend({
  items,
  theme,
  idPrefix,
}: {
  items: readonly LegendItem[];
  theme: ChartTheme;
  idPrefix: string;
}) {
  const actors = patternActors(items);
  return (
    <>
      {actors.length > 0 && (
        <svg width="0" height="0" className="absolute" aria-hidden="true">
          <DirectionPatterns idPrefix={idPrefix} actors={actors} theme={theme} />
        </svg>
      )}
      <ul
        className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-gray-700 dark:text-gray-200"
        aria-label={t('charts.legend')}
      >
        {legendGroups(items).map(({ group, items: entries }, i) => (
          <li key={group ?? `item-${i}`} className="flex flex-wrap items-center gap-x-3 gap-y-1">
            {group !== undefined && <span className="font-semibold">{group}</span>}
            {entries.map((item) => (
              <span key={item.label} className="inline-flex items-center gap-1.5">
                <svg width={SWATCH_WIDTH[item.swatch.shape]} height="14" aria-hidden="true">
                  <Swatch swatch={item.swatch} theme={theme} idPrefix={idPrefix} />
                </svg>
                {item.label}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}
