import type { CatalogEntry } from '@/catalog/schema/derived';
import { citationHref, entryHref, entryRelations, findEntry, relationLabel } from '@/catalog/views';

function EntryName({ entry, current }: { entry: CatalogEntry; current: boolean }) {
  return current ? (
    <span className="font-medium">{entry.name}</span>
  ) : (
    <a href={entryHref(entry.slug)} className="font-medium">
      {entry.name}
    </a>
  );
}

/** Relations in both directions, read as "<subject> <relation> <object>", each with its passage. */
export function RelatedEntries({ slug }: { slug: string }) {
  const self = findEntry(slug)!;
  const relations = entryRelations(slug);
  if (relations.length === 0) return <p className="text-sm text-muted">The sources relate it to no other catalogued system.</p>;
  return (
    <ul className="space-y-3 text-sm">
      {relations.map((r, i) => {
        const [subject, object] = r.inverse ? [r.other, self] : [self, r.other];
        return (
          <li key={i}>
            <p>
              <EntryName entry={subject} current={subject.slug === slug} /> <span className="text-muted">{relationLabel(r.type)}</span>{' '}
              <EntryName entry={object} current={object.slug === slug} />
            </p>
            <p className="mt-0.5 text-muted">
              <span className="font-serif italic">{r.citation.quote}</span>{' '}
              <a href={citationHref(r.citation)}>read it</a>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
