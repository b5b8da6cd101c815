/**
 * The day of a target's change: the day its list gives, or its action's (`dates`: days by action
 * id); undefined when the action is not in `dates`. Apart from the schema, so that the pages that
 * use it do not load the contract's validators with it.
 */
export function changeDay(
  change: { event?: string; seen?: { date: string } },
  dates: ReadonlyMap<string, string>,
): string | undefined {
  return change.seen?.date ?? dates.get(change.event ?? '');
}
