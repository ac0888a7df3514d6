import type { Catalog, Mention, ResolvedCitation, SourceRecord, ValueCue } from '../schema/derived';
import { findMentions, nameKeys, textKeys } from '../text/mentions';
import { isShownToReader } from '../text/reader-blocks';
import { checkEntry, parseEntry, type CheckedEntry, type EntryFile } from './verify-entries';
import { verifySource, type SourceFiles } from './verify-sources';
import { ViolationList, type Violation } from './violations';
import { deriveCatalog } from './derive';
import { checkFactuality, createPassageAnalyser } from './verify-factuality';
import { checkNotes } from './verify-notes';
import { checkRecordedBlocks } from './recorded-blocks';
import { checkSourceLinks } from './source-links';

export interface CatalogFiles {
  sources: SourceFiles[];
  entries: EntryFile[];
}

export type VerifyResult = { ok: true; catalog: Catalog } | { ok: false; violations: Violation[] };

/**
 * Name matches of each entry, in every non-chrome block of every source. A source is searched
 * only for the entries whose name keys it holds: searching every source for every entry grows
 * with entries × sources, over a minute for a catalog a hundred times this one.
 */
export function findNameMentions(sources: readonly SourceRecord[], entries: readonly CheckedEntry[]): Mention[] {
  const keys = entries.map(({ entry }) => [entry.name, ...entry.aliases].flatMap(nameKeys));
  const kindOf = kindOfQuotes(entries);
  const lengths = new Set(keys.flat().map((k) => k.length));
  const candidates = sources.map((source) => {
    const held = textKeys(source.text, lengths);
    return new Set(keys.flatMap((k, i) => (k.some((key) => held.has(key)) ? [i] : [])));
  });
  return entries.flatMap(({ entry }, i) =>
    sources
      .filter((_, s) => candidates[s]!.has(i))
      .flatMap((source) =>
        findMentions(source.blocks.filter(isShownToReader), [entry.name, ...entry.aliases], {
          keepInside: (kindOf.get(entry.slug) ?? []).filter((r) => r.source === source.meta.id),
        }).map((m) => ({ ...m, entry: entry.slug, source: source.meta.id, how: 'name' as const })),
      ),
  );
}

/**
 * For each entry, where the curator says its generic name counts inside a designated phrase
 * ("Hwasong-17 intercontinental ballistic missile"): the passages it cites itself, and the
 * quotes of the "kind of" relations other entries have to it.
 */
function kindOfQuotes(entries: readonly CheckedEntry[]): Map<string, ResolvedCitation[]> {
  const quotes = new Map<string, ResolvedCitation[]>();
  for (const { entry, resolved } of entries) {
    quotes.set(entry.slug, [...(quotes.get(entry.slug) ?? []), ...resolved.values()]);
    entry.relations.forEach((r, i) => {
      const citation = resolved.get(`relations[${i}].citation`);
      if (r.type === 'kind-of' && citation) quotes.set(r.target, [...(quotes.get(r.target) ?? []), citation]);
    });
  }
  return quotes;
}

const isInside = (m: Mention, span: ResolvedCitation) => m.source === span.source && span.start <= m.start && m.end <= span.end;
/** Whether a curator recorded that this occurrence of the entry's name is not the entry's system. */
export const isExcluded = (c: CheckedEntry, m: Mention) => [...c.excluded.values()].some((ex) => isInside(m, ex));

function checkCrossEntry(
  checked: CheckedEntry[],
  unparsed: ReadonlySet<string>,
  sources: SourceRecord[],
  names: Mention[],
  out: ViolationList,
): void {
  const bySlug = new Map<string, CheckedEntry>();
  for (const c of checked) {
    const earlier = bySlug.get(c.entry.slug);
    if (earlier) out.add('slug-duplicate', c.file, 'slug', `slug "${c.entry.slug}" is already used by ${earlier.file}`);
    else bySlug.set(c.entry.slug, c);
  }
  for (const { file, entry } of checked) {
    entry.relations.forEach((r, i) => {
      // An entry file that does not parse is reported once, not again at every relation to it.
      if (unparsed.has(r.target)) return;
      const where = `relations[${i}].target`;
      if (r.target === entry.slug) out.add('relation-unknown', file, where, `"${r.target}" is the entry's own slug: an entry cannot relate to itself`);
      else if (!bySlug.has(r.target)) out.add('relation-unknown', file, where, `no entry has the slug "${r.target}"`);
    });
  }
  // Completeness: every block that names a system is cited by that system's entry.
  const blockOf = new Map(sources.flatMap((s) => s.blocks.map((b) => [`${s.meta.id}#${b.id}`, b.duplicateOf ?? b.id])));
  const reported = new Set<string>();
  for (const { file, entry, excluded, allResolved } of checked) {
    if (!allResolved) continue;
    for (const [path, ex] of excluded) {
      if (!names.some((m) => m.entry === entry.slug && isInside(m, ex))) {
        out.add('exclusion-unused', file, path, `"${ex.quote}" in ${ex.source} ${ex.block} holds none of the entry's names or aliases, so it excludes nothing`);
      }
    }
  }
  // A passage a "kind of" relation quotes is the general entry's too: completeness asks no more of it.
  const kindOf = kindOfQuotes(checked);
  const citedBy = new Map<string, Set<string>>();
  for (const mention of names) {
    const c = bySlug.get(mention.entry)!;
    if (!c.allResolved || isExcluded(c, mention)) continue;
    let cited = citedBy.get(c.entry.slug);
    if (!cited) citedBy.set(c.entry.slug, (cited = new Set((kindOf.get(c.entry.slug) ?? []).map((r) => `${r.source}#${r.block}`))));
    const block = blockOf.get(`${mention.source}#${mention.block}`)!;
    const key = `${c.file}|${mention.source}#${block}`;
    if (!cited.has(`${mention.source}#${block}`) && !reported.has(key)) {
      reported.add(key);
      out.add(
        'mention-missing',
        c.file,
        'mentions',
        `"${mention.text}" occurs in ${mention.source} ${block}, but the entry cites nothing there: add a fact or a "mentions" citation`,
      );
    }
  }
}

/**
 * Verifies a whole catalog held in memory (no file system access), reporting every violation
 * at once. Each violation names the file, the field path, the offending text and, for a quote
 * that is not found, the closest passage of its source.
 *
 * @returns the derived catalog when there is no violation, otherwise the violations.
 */
export function verifyCatalog(files: CatalogFiles): VerifyResult {
  const out = new ViolationList();
  const sources = files.sources.map((s) => verifySource(s, out)).filter((s): s is SourceRecord => s !== null);
  const sourceMap = new Map(sources.map((s) => [s.meta.id, s]));
  const unusable = new Set(files.sources.map((s) => s.id).filter((id) => !sourceMap.has(id)));
  const unparsed = new Set<string>();
  const checked = files.entries.flatMap((f) => {
    const entry = parseEntry(f, out);
    if (!entry) unparsed.add(f.file.split('/').pop()!.replace(/\.json$/, ''));
    return entry ? [checkEntry(f.file, entry, sourceMap, unusable, out)] : [];
  });
  const names = findNameMentions(sources, checked);
  checkCrossEntry(checked, unparsed, sources, names, out);
  checkSourceLinks(files.sources.map((s) => s.id), sources, new Set([...checked.map((c) => c.entry.slug), ...unparsed]), out);
  const analyse = createPassageAnalyser();
  const nameWords = new Set(checked.flatMap(({ entry }) => [entry.name, ...entry.aliases]).flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
  const factCues = new Map<string, ValueCue[][]>();
  for (const c of checked) {
    factCues.set(c.file, checkFactuality(c, sourceMap, names, analyse, out));
    checkNotes(c, sourceMap, nameWords, analyse, out);
  }
  const citations = checked.flatMap(({ file, resolved, excluded }) =>
    [...resolved, ...excluded].map(([path, citation]) => ({ file, path, citation })),
  );
  checkRecordedBlocks(sources, citations, out);
  if (out.items.length > 0) return { ok: false, violations: out.items };
  const bySlug = new Map(checked.map((c) => [c.entry.slug, c]));
  const shown = names.filter((m) => !isExcluded(bySlug.get(m.entry)!, m));
  return { ok: true, catalog: deriveCatalog(sources, checked, shown, factCues) };
}
