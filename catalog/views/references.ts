/** An entry page's one list of references: every quote it draws on, each once, numbered. */
import { getCatalog } from '../index';
import type { Catalog, CatalogEntry, ResolvedCitation } from '../schema/derived';
import { citationHref, sourceShortName } from './core';

/** One numbered footnote of an entry page. */
export interface Reference {
  /** Its number on the page, in the order of the list: sources in catalog order, quotes in reading order. */
  n: number;
  /** Its address on the page, from its quote's place in the source, so links to it survive new footnotes. */
  id: string;
  /** The quote shown: the longest of the quotes it holds. */
  citation: ResolvedCitation;
  /** The source's short name ("Korea JoongAng Daily"). */
  sourceName: string;
  /** Where the quoted words are highlighted in the reader. */
  href: string;
  /** True when no statement on the page draws on it: the passage only names or refers to the system. */
  mentionOnly: boolean;
}

export interface EntryReferences {
  list: Reference[];
  /** The footnote that holds a quote the entry (or a relation to it) cites; undefined for another quote. */
  of(citation: Pick<ResolvedCitation, 'source' | 'start' | 'end'>): Reference | undefined;
}

/** A quote the page draws on, and whether a statement (not only a mention) uses it. */
interface Drawn {
  citation: ResolvedCitation;
  statement: boolean;
}

/** The quotes an entry's page shows: its own citations, and those of relations other entries state about it. */
function drawnQuotes(catalog: Catalog, entry: CatalogEntry): Drawn[] {
  const statementNumbers = new Set([...entry.factCitations.flat(), ...entry.relationCitations, ...entry.differenceCitations.flat()]);
  const own = entry.citations.map((citation, i) => ({ citation, statement: statementNumbers.has(i + 1) }));
  const incoming = catalog.entries.flatMap((other) =>
    other.relations.flatMap((r, i) => (r.target === entry.slug ? [{ citation: other.citations[other.relationCitations[i]! - 1]!, statement: true }] : [])),
  );
  return [...own, ...incoming];
}

const references = new WeakMap<Catalog, Map<string, EntryReferences>>();

/**
 * The references of an entry's page. A quote that lies inside another quote of the same source
 * is not printed again: statements that cite it point to the footnote of the longer quote, which
 * holds its words. Derived once per catalog and entry.
 */
export function entryReferences(entry: CatalogEntry): EntryReferences {
  const catalog = getCatalog();
  let byEntry = references.get(catalog);
  if (!byEntry) references.set(catalog, (byEntry = new Map()));
  const known = byEntry.get(entry.slug);
  if (known) return known;

  const order = new Map(catalog.sources.map((s, i) => [s.meta.id, i]));
  const drawn = drawnQuotes(catalog, entry).sort(
    (a, b) => order.get(a.citation.source)! - order.get(b.citation.source)! || a.citation.start - b.citation.start || b.citation.end - a.citation.end,
  );
  const list: Reference[] = [];
  const holder = new Map<string, Reference>();
  const key = (c: Pick<ResolvedCitation, 'source' | 'start' | 'end'>) => `${c.source}#${c.start}-${c.end}`;
  for (const { citation, statement } of drawn) {
    const container = list.find((r) => r.citation.source === citation.source && r.citation.start <= citation.start && citation.end <= r.citation.end);
    if (container) {
      if (statement) container.mentionOnly = false;
      holder.set(key(citation), container);
      continue;
    }
    const reference: Reference = {
      n: list.length + 1,
      id: `ref-${citation.source}-${citation.anchor}`,
      citation,
      sourceName: sourceShortName(citation.source),
      href: citationHref(citation),
      mentionOnly: !statement,
    };
    list.push(reference);
    holder.set(key(citation), reference);
  }
  const result: EntryReferences = { list, of: (c) => holder.get(key(c)) };
  byEntry.set(entry.slug, result);
  return result;
}
