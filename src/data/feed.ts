import type { Change, Dataset } from './schema';

/**
 * The dataset's changes for machines: `changes.json` (every version) and an Atom feed of the
 * records each version added, corrected or removed, newest first, for feed readers.
 */

/** The published changes document. */
export function changesDocument(changelog: readonly Change[], dataset: Dataset) {
  return { version: dataset.version, asOf: dataset.asOf, versions: changelog };
}

/** Entries a feed carries at most; older changes stay in changes.json. */
const FEED_LIMIT = 300;

const KIND_LABEL = { added: 'Added', corrected: 'Corrected', removed: 'Removed' } as const;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * An Atom feed (RFC 4287) of new, corrected and removed records. Ids are tag URIs and links are
 * relative to the feed's own address (`<base>/data/feed.xml`), so the file is right on any host and
 * under any sub-path.
 */
export function atomFeed(changelog: readonly Change[], dataset: Dataset): string {
  const titles = new Map<string, string>([
    ...dataset.events.map((e): [string, string] => [
      e.id,
      `${e.instrument} (${e.actor.toUpperCase()}, ${e.date})`,
    ]),
    ...dataset.annotations.map((a): [string, string] => [a.id, `${a.title} (context, ${a.date})`]),
  ]);
  const summaries = new Map<string, string>([
    ...dataset.events.map((e): [string, string] => [e.id, e.summary]),
    ...dataset.annotations.map((a): [string, string] => [a.id, a.summary]),
  ]);
  // A version that changed no record (it added something beside them) is one entry of its own.
  const versionEntry = (change: Change) => `  <entry>
    <id>tag:sanctions-tracker,${change.date}:version/${change.version}</id>
    <title>Version ${escapeXml(change.version)}</title>
    <updated>${change.date}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="../about"/>
    <summary>${escapeXml(change.summary)}</summary>
  </entry>`;
  const entries = changelog
    .flatMap((change): { change: Change; kind: keyof typeof KIND_LABEL | 'version'; id: string }[] => {
      const records = (['added', 'corrected', 'removed'] as const).flatMap((kind) =>
        change[kind].map((id) => ({ change, kind, id })),
      );
      return records.length ? records : [{ change, kind: 'version' as const, id: '' }];
    })
    .slice(0, FEED_LIMIT)
    .map(({ change, kind, id }) => {
      if (kind === 'version') return versionEntry(change);
      const isEvent = !id.startsWith('ctx-') && kind !== 'removed';
      const link = isEvent
        ? `\n    <link rel="alternate" type="text/html" href="../events/${escapeXml(id)}"/>`
        : '';
      const wrong = kind === 'corrected' ? change.corrections?.[id] : undefined;
      const summary =
        kind === 'removed'
          ? `Removed from the dataset in version ${change.version}: ${change.summary}`
          : wrong
            ? `Corrected in version ${change.version}: ${wrong} ${summaries.get(id) ?? ''}`.trim()
            : (summaries.get(id) ?? id);
      return `  <entry>
    <id>tag:sanctions-tracker,${change.date}:${escapeXml(id)}/${change.version}</id>
    <title>${KIND_LABEL[kind]}: ${escapeXml(titles.get(id) ?? id)}</title>
    <updated>${change.date}T00:00:00Z</updated>${link}
    <category term="${kind}" label="${KIND_LABEL[kind]}"/>
    <summary>${escapeXml(summary)}</summary>
  </entry>`;
    });
  const updated = changelog[0]?.date ?? dataset.asOf;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>tag:sanctions-tracker,2026:dataset</id>
  <title>Sanctions Tracker: changes to the dataset</title>
  <subtitle>New, corrected and removed records of the US and EU sanctions on Belarus dataset, version ${escapeXml(dataset.version)}.</subtitle>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>Sanctions Tracker</name></author>
  <link rel="self" type="application/atom+xml" href="feed.xml"/>
  <link rel="alternate" type="text/html" href="../about"/>
${entries.join('\n')}
</feed>
`;
}
