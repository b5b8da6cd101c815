import type { TableData } from './spec';

/** A chart's numbers as an accessible table: the same rows as its CSV. */
export function DataTable({ table }: { table: TableData }) {
  return (
    <table className="w-full border-collapse text-left text-xs tabular-nums">
      <caption className="sr-only">{table.caption}</caption>
      <thead>
        <tr>
          {table.head.map((cell) => (
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
        {table.rows.map((row, i) => (
          <tr key={i} className="odd:bg-gray-50 dark:odd:bg-gray-800/50">
            {row.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row" className="whitespace-nowrap px-2 py-0.5 font-normal">
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
