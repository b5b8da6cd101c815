import { useState, type KeyboardEvent } from 'react';
import { toCsv } from '../data/csv';
import type { Actor } from '../data/ids';
import { t } from '../i18n/catalogue';
import { downloadBlob, downloadText, exportFileName } from './download';
import { EmbedButton } from './EmbedDialog';
import { csvRows, type ChartModel } from './spec';
import type { ThemePreference } from '../url/routes';
import type { ChartTheme } from './theme';

const button =
  'rounded border border-gray-300 px-2 py-0.5 text-gray-800 hover:bg-gray-100 dark:border-gray-600 dark:text-gray-100 dark:hover:bg-gray-800';

type ChartActionsProps = {
  model: ChartModel;
  theme: ChartTheme;
  actors: readonly Actor[];
  asOf: string;
  /** The absolute address of the view the chart shows, printed in exports and copied by "Copy link". */
  viewUrl: string;
  /** The embed's address for given flags, for the embed dialog; absent where embedding makes no sense. */
  embedSrc?: (flags: { theme: ThemePreference; controls: boolean }) => string;
  /** A one-step presentation of this chart in this view. */
  presentHref?: string;
};

/** Downloads (PNG, SVG, CSV), copy link, copy image and the embed dialog of one chart. */
export function ChartActions({
  model,
  theme,
  actors,
  asOf,
  viewUrl,
  embedSrc,
  presentHref,
}: ChartActionsProps) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const name = (extension: string, scale = 1) =>
    exportFileName(
      [model.id, ...Object.values(model.params)].filter(Boolean).join('-'),
      actors,
      model.range,
      extension,
      scale,
    );

  // The exporters are loaded on first use: the page does not pay for them up front.
  const exported = async () => {
    const { exportSvg } = await import('./exportFrame');
    return exportSvg(model, { theme, url: viewUrl, asOf });
  };
  /** Runs a task, saying what it is doing (`working`, ending in "…") and then how it went. */
  const run = async (working: string, task: () => Promise<string>) => {
    setBusy(true);
    setStatus(working);
    try {
      setStatus(await task());
    } catch (error) {
      setStatus(error instanceof Error ? error.message : t('frames.actions.failed'));
    } finally {
      setBusy(false);
    }
  };
  const png = (scale: number) =>
    run(t('frames.actions.makingPng', { scale }), async () => {
      const { svgToPng } = await import('./exportFrame');
      const { svg, width, height } = await exported();
      downloadBlob(name('png', scale), await svgToPng(svg, width, height, scale));
      return t('frames.actions.downloaded', { file: name('png', scale) });
    });
  const svg = () =>
    run(t('frames.actions.makingSvg'), async () => {
      const file = await exported();
      downloadText(name('svg'), file.svg, 'image/svg+xml;charset=utf-8');
      return t('frames.actions.downloaded', { file: name('svg') });
    });
  const csv = () => {
    downloadText(name('csv'), toCsv(csvRows(model.table())));
    setStatus(t('frames.actions.downloaded', { file: name('csv') }));
  };
  const copyLink = () =>
    run(t('frames.actions.copyingLink'), async () => {
      try {
        await navigator.clipboard.writeText(viewUrl);
        return t('frames.actions.linkCopied');
      } catch {
        return t('frames.actions.linkNotCopied', { url: viewUrl });
      }
    });
  const copyImage = () =>
    run(t('frames.actions.copyingImage'), async () => {
      const { svgToPng } = await import('./exportFrame');
      const { svg: text, width, height } = await exported();
      const blob = await svgToPng(text, width, height, 2);
      try {
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
        return t('frames.actions.imageCopied');
      } catch {
        return t('frames.actions.imageNotCopied');
      }
    });

  return (
    <div className="mt-3 flex flex-wrap items-start gap-2 text-sm print:hidden">
      <details className="relative" onKeyDown={closeOnEscape}>
        <summary className={`${button} cursor-pointer list-none`}>{t('frames.actions.download')}</summary>
        <ul className="absolute z-10 mt-1 w-44 rounded border border-gray-300 bg-white p-1 shadow-lg dark:border-gray-600 dark:bg-gray-900">
          {[1, 2, 3].map((scale) => (
            <li key={scale}>
              <MenuButton disabled={busy} onClick={() => void png(scale)}>
                {t('frames.actions.png', { scale })}
              </MenuButton>
            </li>
          ))}
          <li>
            <MenuButton disabled={busy} onClick={() => void svg()}>
              {t('frames.actions.svg')}
            </MenuButton>
          </li>
          <li>
            <MenuButton onClick={csv}>{t('frames.actions.csv')}</MenuButton>
          </li>
        </ul>
      </details>
      <button type="button" className={button} onClick={() => void copyLink()}>
        {t('frames.actions.copyLink')}
      </button>
      <button type="button" className={button} disabled={busy} onClick={() => void copyImage()}>
        {t('frames.actions.copyImage')}
      </button>
      {embedSrc && <EmbedButton title={model.title} embedSrc={embedSrc} className={button} />}
      {presentHref && (
        <a href={presentHref} className={button}>
          {t('frames.actions.present')}
        </a>
      )}
      <p role="status" className="basis-full text-xs text-gray-700 empty:hidden dark:text-gray-300">
        {status}
      </p>
    </div>
  );
}

/** Closes a disclosure menu and gives focus back to its button: it never falls to the page. */
function closeMenu(menu: HTMLDetailsElement | null) {
  if (!menu?.open) return;
  menu.open = false;
  menu.querySelector('summary')?.focus();
}

function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
  if (event.key !== 'Escape' || !event.currentTarget.open) return;
  event.preventDefault();
  closeMenu(event.currentTarget);
}

function MenuButton({
  children,
  onClick,
  disabled,
}: {
  children: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={(event) => {
        closeMenu(event.currentTarget.closest('details'));
        onClick();
      }}
      className="block w-full rounded px-2 py-1 text-left hover:bg-gray-100 disabled:opacity-50 dark:hover:bg-gray-800"
    >
      {children}
    </button>
  );
}
