import type { ReactNode } from 'react';
import { formatDay } from '../selectors/format';
import { downloadText } from './download';

/** The dataset credit every figure carries. */
const SOURCE_LINE = 'Sanctions Tracker, compiled from the legal acts and official releases cited per action';

type FigureProps = {
  /** Unique on the page; names the title, the table and the CSV file. */
  id: string;
  title: string;
  subtitle: string;
  legend: ReactNode;
  asOf: string;
  /** The same numbers as the chart, as an accessible table. */
  table: ReactNode;
  /** The chart's data as CSV, built only when the reader asks for it. */
  csv: () => string;
  children: ReactNode;
};

/**
 * A chart with everything a reader or a report needs around it: title, subtitle, legend, source
 * line, as-of date, a table alternative and a CSV of the numbers.
 */
export function Figure({ id, title, subtitle, legend, asOf, table, csv, children }: FigureProps) {
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm dark:border-gray-700 dark:bg-gray-900"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold text-gray-900 dark:text-gray-50">
        {title}
      </h2>
      <p className="text-sm text-gray-600 dark:text-gray-300">{subtitle}</p>
      <div className="mt-3">{legend}</div>
      <div className="mt-2">{children}</div>
      <figcaption className="mt-2 text-xs text-gray-600 dark:text-gray-300">
        Source: {SOURCE_LINE}. Data as of {formatDay(asOf)}.
      </figcaption>
      <div className="mt-3 flex flex-wrap items-start gap-3 text-sm">
        <details className="min-w-0 grow">
          <summary className="cursor-pointer text-blue-700 underline-offset-2 hover:underline dark:text-sky-300">
            Show the numbers as a table
          </summary>
          <div className="mt-2 max-h-96 overflow-auto">{table}</div>
        </details>
        <button
          type="button"
          className="rounded border border-gray-300 px-2 py-0.5 text-gray-800 hover:bg-gray-100 dark:border-gray-600 dark:text-gray-100 dark:hover:bg-gray-800"
          onClick={() => downloadText(`${id}.csv`, csv())}
        >
          Download CSV
        </button>
      </div>
    </figure>
  );
}

/** A compact data table for figures. */
export function DataTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string[];
  rows: (string | number)[][];
}) {
  return (
    <table className="w-full border-collapse text-left text-xs tabular-nums">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {head.map((cell) => (
            <th
              key={cell}
              scope="col"
              className="border-b border-gray-300 px-2 py-1 font-semibold dark:border-gray-600"
            >
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} className="odd:bg-gray-50 dark:odd:bg-gray-800/50">
            {row.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row" className="px-2 py-0.5 font-normal">
                  {cell}
                </th>
              ) : (
                <td key={j} className="px-2 py-0.5">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The box every chart tooltip is drawn in. */
export function TooltipBox({ children }: { children: ReactNode }) {
  return (
    <div className="rounded border border-gray-300 bg-white px-3 py-2 text-xs text-gray-900 shadow dark:border-gray-600 dark:bg-gray-900 dark:text-gray-100">
      {children}
    </div>
  );
}

/** The list every chart legend is laid out in. */
export function LegendList({ children }: { children: ReactNode }) {
  return (
    <ul
      className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-gray-700 dark:text-gray-200"
      aria-label="Legend"
    >
      {children}
    </ul>
  );
}
