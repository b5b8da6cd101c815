import { Link } from '@tanstack/react-router';

/** Any path outside the URL contract. */
export function NotFoundPage() {
  return (
    <div className="mx-auto max-w-xl py-12">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-gray-700 dark:text-gray-300">There is no view at this address.</p>
      <Link to="/" className="mt-4 inline-block text-blue-700 underline dark:text-sky-300">
        Go to the overview
      </Link>
    </div>
  );
}
