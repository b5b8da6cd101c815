import { useEffect, useId, useRef, useState } from 'react';
import { absoluteUrl, appHref, EMBED_SCRIPT_PATH } from '../api/links';
import { t } from '../i18n/catalogue';
import { THEMES, type ThemePreference } from '../url/routes';

/** A sensible fixed height for hosts that do not load the auto-height script. */
export const EMBED_FALLBACK_HEIGHT = 640;

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The HTML a report pastes: the iframe, and the sizing script when asked for. The frame's title is
 * in the page's language, as is the chart at `src` (its address carries the language's prefix).
 */
export function embedSnippet(src: string, title: string, withScript: boolean): string {
  const iframe = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(t('frames.embed.frameTitle', { title }))}" width="100%" height="${EMBED_FALLBACK_HEIGHT}" style="border:0;width:100%" loading="lazy" data-sanctions-tracker></iframe>`;
  if (!withScript) return iframe;
  return `${iframe}\n<script async src="${escapeAttribute(absoluteUrl(appHref(EMBED_SCRIPT_PATH)))}"></script>`;
}

const control =
  'rounded border border-gray-300 bg-white px-2 py-1 text-sm dark:border-gray-600 dark:bg-gray-900';

/** The Embed button and its dialog: the snippet for the exact view, options, a preview, copy. */
export function EmbedButton({
  title,
  embedSrc,
  className,
}: {
  title: string;
  embedSrc: (flags: { theme: ThemePreference; controls: boolean }) => string;
  className: string;
}) {
  const [open, setOpen] = useState(false);
  const [theme, setTheme] = useState<ThemePreference>('auto');
  const [controls, setControls] = useState(false);
  const [withScript, setWithScript] = useState(true);
  const [copied, setCopied] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    if (open) dialog.current?.showModal();
  }, [open]);
  const src = embedSrc({ theme, controls });
  const snippet = embedSnippet(src, title, withScript);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(t('frames.embed.copied'));
    } catch {
      setCopied(t('frames.embed.notCopied'));
    }
  };
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {t('frames.embed.button')}
      </button>
      {open && (
        <dialog
          ref={dialog}
          aria-labelledby={`${id}-title`}
          onClose={() => {
            setOpen(false);
            setCopied('');
          }}
          className="m-auto w-[min(46rem,calc(100vw-2rem))] rounded-lg border border-gray-300 bg-white p-0 text-gray-900 shadow-xl backdrop:bg-black/50 dark:border-gray-600 dark:bg-gray-900 dark:text-gray-100"
        >
          <div className="space-y-3 p-4">
            <div className="flex items-start justify-between gap-4">
              <h2 id={`${id}-title`} className="text-lg font-semibold">
                {t('frames.embed.title', { title })}
              </h2>
              <button
                type="button"
                className="rounded px-2 underline"
                onClick={() => dialog.current?.close()}
              >
                {t('frames.embed.close')}
              </button>
            </div>
            <p className="text-sm text-gray-700 dark:text-gray-300">{t('frames.embed.intro')}</p>
            <div className="flex flex-wrap gap-4 text-sm">
              <label className="flex items-center gap-2">
                {t('frames.embed.theme')}
                <select
                  className={control}
                  value={theme}
                  onChange={(event) =>
                    setTheme(THEMES.find((option) => option === event.target.value) ?? 'auto')
                  }
                >
                  {THEMES.map((option) => (
                    <option key={option} value={option}>
                      {t(`frames.embed.themes.${option}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={controls}
                  onChange={(event) => setControls(event.target.checked)}
                />
                {t('frames.embed.controls')}
              </label>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={withScript}
                  onChange={(event) => setWithScript(event.target.checked)}
                />
                {t('frames.embed.script')}
              </label>
            </div>
            <label className="block text-sm font-semibold" htmlFor={`${id}-code`}>
              {t('frames.embed.code')}
            </label>
            <textarea
              id={`${id}-code`}
              readOnly
              rows={withScript ? 5 : 4}
              value={snippet}
              onFocus={(event) => event.currentTarget.select()}
              className={`${control} w-full font-mono text-xs`}
            />
            <div className="flex items-center gap-3">
              <button
                type="button"
                onClick={() => void copy()}
                className="rounded bg-gray-900 px-3 py-1 text-sm font-medium text-white dark:bg-gray-100 dark:text-gray-900"
              >
                {t('frames.embed.copy')}
              </button>
              <p role="status" className="text-sm">
                {copied}
              </p>
            </div>
            <p className="text-sm font-semibold">{t('frames.embed.preview')}</p>
            <iframe
              src={src}
              title={t('frames.embed.previewTitle', { title })}
              className="h-80 w-full rounded border border-gray-200 dark:border-gray-700"
            />
          </div>
        </dialog>
      )}
    </>
  );
}
