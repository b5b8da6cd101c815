import { Link } from '@tanstack/react-router';
import { t } from '../i18n/catalogue';

/** Any path outside the URL contract. */
export function NotFoundPage() {
  return (
    <div className="mx-auto max-w-xl py-12">
      <h1 className="text-2xl font-semibold">{t('pages.notFound.title')}</h1>
      <p className="mt-2 text-gray-700 dark:text-gray-300">{t('pages.notFound.body')}</p>
      <Link to="/" className="mt-4 inline-block text-blue-700 underline dark:text-sky-300">
        {t('pages.goHome')}
      </Link>
    </div>
  );
}
