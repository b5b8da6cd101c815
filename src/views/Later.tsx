import { Suspense, use, useEffect, type ReactNode } from 'react';
import { laterWords } from '../i18n/catalogue';

/**
 * What a page shows below its first chart: drawn once the page's later words are in (they are
 * asked for with its first ones, src/i18n/load.ts), so that the words a page loads before its
 * first chart are only those of its first screen. Until then, room for it, marked busy. It is a
 * function, called only then: words it asks for are not asked for by the page's first screen.
 */
export function Later({ children }: { children: () => ReactNode }) {
  return (
    <Suspense fallback={<div aria-busy="true" className="min-h-screen print:hidden" />}>
      <WhenWordsAreIn>{children}</WhenWordsAreIn>
    </Suspense>
  );
}

function WhenWordsAreIn({ children }: { children: () => ReactNode }) {
  const loading = laterWords();
  if (loading) use(loading);
  return (
    <>
      <ToAnchor />
      {children()}
    </>
  );
}

/**
 * An address's `#section` below the first chart is scrolled to once that section is drawn (the
 * page opened at its top, having had nowhere to go).
 */
function ToAnchor() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id && window.scrollY === 0) document.getElementById(id)?.scrollIntoView();
  }, []);
  return null;
}
