/**
 * Everything the curator's commands suggest about one source, in one place, so that
 * `add-source`, `draft` and `review` offer the same things: the catalogued systems it names,
 * descriptions that may refer to one ("combat UAV", "the drones"), variant spellings, and
 * phrases that may name a new system, with what was read and left out.
 */
import type { Entry } from '../schema/entry';
import type { Block, SourceRecord } from '../schema/derived';
import type { Declined } from '../schema/source';
import { readCandidates, type Candidate, type LeftOut } from '../text/find-candidates';
import { findMentions, nameOf } from '../text/mentions';
import { isDescriptiveName } from '../text/name-words';
import { visibleBlocks } from '../text/reader-blocks';
import { findBlockAt } from '../text/segment';
import { linkDescriptions, relateCandidate, type CandidateRelation, type NamedEntry, type ReferenceOffer } from '../text/relate-candidates';
import { resolveCitation } from '../verify/resolve-citation';

/** A passage of the source that names a catalogued system. */
export interface FoundName {
  entry: string;
  name: string;
  block: string;
  start: number;
  end: number;
  text: string;
  /** The descriptive name or alias it rests on ("new drone"), for the curator to check. */
  descriptive?: string;
}

/** A description that may refer to a catalogued system, with the entries and the words that tie them. */
export interface ReferenceSuggestion {
  block: string;
  start: number;
  end: number;
  text: string;
  /** The words to cite, with the determiner that opens them ("the combat UAV"), and where they start. */
  quote: { start: number; text: string };
  offers: (ReferenceOffer & {
    /** The words naming the entry that the description points back to, in its passage or the one before; undefined when none does. */
    refersTo?: string;
  })[];
}

/** A phrase that may name a system the catalog does not have, with every passage it occurs in. */
export interface CandidateSuggestion {
  text: string;
  kind: Candidate['kind'];
  occurrences: { block: string; start: number; end: number; text: string }[];
  relations: CandidateRelation[];
}

export interface Suggestions {
  names: FoundName[];
  references: ReferenceSuggestion[];
  candidates: CandidateSuggestion[];
  leftOut: LeftOut[];
}

/** An entry as the linker sees it: its names, category, and the words its facts and mentions describe it with. */
export function namedEntry(entry: Entry): NamedEntry {
  return {
    slug: entry.slug,
    name: entry.name,
    aliases: entry.aliases,
    category: entry.category,
    describedAs: [...entry.facts.map((f) => f.value), ...entry.mentions.map((m) => m.quote)],
  };
}

/** A candidate's text for telling duplicates apart: case, hyphens and a plural "s" aside. */
const groupKey = (text: string) => text.toLowerCase().replace(/[\s\u00a0-]+/gu, ' ').replace(/s\b/gu, '');

/** The spans of a source a curator declined, with the entry each is not (none: no system at all). */
function declinedSpans(source: SourceRecord, declined: readonly Declined[]): { start: number; end: number; entry?: string }[] {
  return declined.flatMap((d) => {
    const found = resolveCitation({ id: source.meta.id, text: source.text, blocks: source.blocks }, { source: source.meta.id, ...d });
    return found.ok ? [{ start: found.citation.start, end: found.citation.end, ...(d.entry !== undefined && { entry: d.entry }) }] : [];
  });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The suggestions for one source against the catalog's entries. `cited` are the spans of the
 * source that entries cite as mentions (by slug): a description an entry cites is accepted and
 * no longer suggested, and where an entry cites its generic name inside a designated phrase it
 * counts there (see `findMentions`).
 */
export function suggestForSource(
  source: SourceRecord,
  entries: readonly Entry[],
  cited: ReadonlyMap<string, readonly { start: number; end: number }[]> = new Map(),
): Suggestions {
  const blocks: Block[] = visibleBlocks(source.blocks);
  const names: FoundName[] = entries.flatMap((entry) =>
    findMentions(blocks, [entry.name, ...entry.aliases], { keepInside: cited.get(entry.slug) ?? [] }).map((m) => {
      const name = nameOf(m.text, [entry.name, ...entry.aliases]);
      return { entry: entry.slug, name: entry.name, ...m, ...(name && isDescriptiveName(name) ? { descriptive: name } : {}) };
    }),
  );
  const declined = declinedSpans(source, source.meta.declined ?? []);
  const allCited = [...cited.values()].flat();
  const { candidates, leftOut } = readCandidates(blocks, [...names, ...allCited]);
  const open = candidates.filter((c) => !declined.some((d) => d.entry === undefined && overlaps(d, c)));

  const named = new Map<string, { block: string; start: number }[]>();
  for (const n of names) {
    const list = named.get(n.entry);
    if (list) list.push(n);
    else named.set(n.entry, [n]);
  }
  const linked = linkDescriptions(
    open.filter((c) => c.kind === 'phrase' && c.descriptive),
    entries.map(namedEntry),
    named,
  );
  const references: ReferenceSuggestion[] = [];
  const referred = new Set<Candidate>();
  const blockIndex = new Map(blocks.map((b, i) => [b.id, i]));
  // What a description may point back to: names, and descriptions the curator has cited as mentions.
  const namesIn = new Map<string, { entry: string; end: number; text: string }[]>();
  const antecedents = [
    ...names,
    ...[...cited].flatMap(([entry, spans]) => spans.flatMap((s) => {
      const b = findBlockAt(blocks, s.start, s.end);
      return b ? [{ entry, block: b.id, start: s.start, end: s.end, text: source.text.slice(s.start, s.end) }] : [];
    })),
  ].sort((a, b) => a.start - b.start);
  for (const n of antecedents) {
    const list = namesIn.get(n.block);
    if (list) list.push(n);
    else namesIn.set(n.block, [n]);
  }
  /** The words naming the entry that a description at `at` points back to: nearest before it in its block, else last in the block before. */
  const antecedentOf = (slug: string, block: string, at: number) => {
    const here = (namesIn.get(block) ?? []).filter((n) => n.entry === slug && n.end <= at).at(-1);
    if (here) return here.text;
    const previous = blocks[(blockIndex.get(block) ?? 0) - 1];
    return previous && (namesIn.get(previous.id) ?? []).filter((n) => n.entry === slug).at(-1)?.text;
  };
  for (const { candidate: c, offers } of linked) {
    const left = offers.filter((o) => !declined.some((d) => d.entry === o.slug && overlaps(d, c)));
    if (offers.length > 0) referred.add(c);
    if (left.length === 0) continue;
    const from = c.determinerStart ?? c.start;
    const block = blocks[blockIndex.get(c.block)!]!;
    references.push({
      block: c.block,
      start: c.start,
      end: c.end,
      text: c.text,
      quote: { start: from, text: block.text.slice(from - block.start, c.end - block.start) },
      offers: left.map((o) => {
        const refersTo = antecedentOf(o.slug, c.block, from);
        return { ...o, ...(refersTo !== undefined && { refersTo }) };
      }),
    });
  }

  const grouped = new Map<string, CandidateSuggestion>();
  const namedEntries = entries.map(namedEntry);
  for (const c of open) {
    if (referred.has(c) || c.bare) continue;
    if (c.qualitativeOnly) {
      leftOut.push({ text: c.text, block: c.block, why: `only describes (${c.modifiers.join(', ')}), and no catalogued system is tied to it: a kind of weapon, not one system` });
      continue;
    }
    const key = groupKey(c.text);
    const group = grouped.get(key);
    const at = { block: c.block, start: c.start, end: c.end, text: c.text };
    if (group) group.occurrences.push(at);
    else grouped.set(key, { text: c.text, kind: c.kind, occurrences: [at], relations: relateCandidate(c, namedEntries) });
  }
  return { names, references, candidates: [...grouped.values()], leftOut };
}

/**
 * The suggestions for a source of a catalog as it stands: its entries as parsed, and the spans
 * of that source each entry cites as mentions (accepted descriptions).
 */
export function suggestInCatalog(sources: readonly SourceRecord[], checked: readonly { entry: Entry; resolved: ReadonlyMap<string, { source: string; start: number; end: number }> }[], id: string): Suggestions {
  const source = sources.find((s) => s.meta.id === id)!;
  const cited = new Map(
    checked.map(({ entry, resolved }) => [
      entry.slug,
      [...resolved].filter(([path, r]) => path.startsWith('mentions[') && r.source === id).map(([, r]) => ({ start: r.start, end: r.end })),
    ]),
  );
  return suggestForSource(source, checked.map((c) => c.entry), cited);
}

/** Whether two declined suggestions record the same decision: the same passage, entry and reason. */
export function sameDeclined(a: Declined, b: Declined): boolean {
  return (['quote', 'block', 'prefix', 'suffix', 'entry', 'reason'] as const).every((k) => a[k] === b[k]);
}
