/** One of a closed list of ids, or none ("any"), as a labelled drop-down. */
export function Choice<T extends string>({
  label,
  any,
  ids,
  word,
  value,
  onChange,
}: {
  label: string;
  any: string;
  ids: readonly T[];
  word: (id: T) => string;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
}) {
  return (
    <label className="flex flex-col text-sm font-medium">
      {label}
      <select
        className="rounded border border-gray-400 bg-white px-2 py-1 text-sm text-gray-900 dark:border-gray-500 dark:bg-gray-900 dark:text-gray-100"
        value={value ?? ''}
        onChange={(event) => onChange(ids.find((id) => id === event.target.value))}
      >
        <option value="">{any}</option>
        {ids.map((id) => (
          <option key={id} value={id}>
            {word(id)}
          </option>
        ))}
      </select>
    </label>
  );
}
