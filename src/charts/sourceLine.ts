import { t } from '../i18n/catalogue';

/** The credit every chart carries, on the page, in embeds and in exported files. */
export function sourceLine(): string {
  return t('charts.sourceLine');
}
