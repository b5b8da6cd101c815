import type { ReactNode } from 'react';

/** The box every chart tooltip is drawn in. */
export function TooltipBox({ children }: { children: ReactNode }) {
  return (
    <div className="rounded border border-gray-300 bg-white px-3 py-2 text-xs text-gray-900 shadow dark:border-gray-600 dark:bg-gray-900 dark:text-gray-100">
      {children}
    </div>
  );
}
