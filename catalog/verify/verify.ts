import type { Catalog, Mention, ResolvedCitation, SourceRecord, ValueCue } from '../schema/derived';
import { findMentions, nameKeys, namesIn, textKeys } from '../text/mentions';
import { isShownToReader } from '../text/reader-blocks';
import { checkEntry, parseEntry, type CheckedEntry, type EntryFile } from './verify-entries';
import { verifySource, type SourceFiles } from './verify-sources';
import { ViolationList, type StatementFix, type Violation } from './violations';
import type { Rule } from './rule-ids';
import { deriveCatalog } from './derive';
import { checkFactuality, createPassageAnalyser } from './verify-factuality';
import { checkNotes, checkOwnWords, type OwnWordsPassage } from './verify-notes';
import { checkRecordedBlocks } from './recorded-blocks';
import { checkSourceLinks } from './source-links';
import { buildHolderIndex } from './holders';
import { checkMentionReferences, checkSubjects, systemsSaidOf } from './verify-subjects';
import { checkNames } from './verify-names';
import { deriveSpecs } from './derive-specs';
import { applyOverrides } from './overrides';
import { listStatements } from './statements';

/** Each source's blocks by id, built once: a long source has tens of thousands. */
const blocksById = new WeakMap<SourceRecord, Map<string, SourceRecord['blocks'][number]>>();

/** The blocks that citations stand in, each once, with where it is ("article-004 paragraph-12"). */
function blockTexts(sources: ReadonlyMap<string, SourceRecord>, citations: readonly ResolvedCitation[]): OwnWordsPassage[] {
  const texts = new Map<string, OwnWordsPassage>();
  for (const r of citations) {
    const source = sources.get(r.source);
    if (!source) continue;
    let index = blocksById.get(source);
    if (!index) blocksById.set(source, (index = new Map(source.blocks.map((b) => [b.id, b]))));
    const block = index.get(r.block);
    if (block) texts.set(`${r.source}#${block.id}`, { where: `${r.source} ${block.id}`, text: block.text, source: r.source, block });
  }
  return [...texts.values()];
}


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
  // For each entry, the blocks of each source that hold one of its keys: a designation's number
  // ("122-millimeter") is in many sources, but in few of their blocks.
  const entriesWithKey = new Map<string, number[]>();
  keys.forEach((k, i) => new Set(k).forEach((key) => entriesWithKey.set(key, [...(entriesWithKey.get(key) ?? []), i])));
  const blocksOf = new Map<number, Map<SourceRecord, SourceRecord['blocks'][number][]>>();
  for (const source of sources) {
    for (const block of source.blocks.filter(isShownToReader)) {
      const found = new Set<number>();
      for (const key of textKeys(block.text, lengths)) for (const i of entriesWithKey.get(key) ?? []) found.add(i);
      for (const i of found) {
        let bySource = blocksOf.get(i);
        if (!bySource) blocksOf.set(i, (bySource = new Map()));
        const list = bySource.get(source);
        if (list) list.push(block);
        else bySource.set(source, [block]);
      }
    }
  }
  return entries.flatMap(({ entry }, i) =>
    [...(blocksOf.get(i) ?? [])].flatMap(([source, blocks]) =>
      findMentions(blocks, [entry.name, ...entry.aliases], {
        keepInside: (kindOf.get(entry.slug) ?? []).filter((r) => r.source === source.meta.id),
      }).map((m) => ({ ...m, entry: entry.slug, source: source.meta.id, how: 'name' as const })),
    ),
  );
}

/**
 * For each entry, where the curator says its generic name counts inside a designated phrase
 * ("Hwasong-17 intercontinental ballistic missile"): the passages it cites itself, and the
 * quotes of the relations other entries have to it (a "kind of" relation above all).
 */
function kindOfQuotes(entries: readonly CheckedEntry[]): Map<string, ResolvedCitation[]> {
  const quotes = new Map<string, ResolvedCitation[]>();
  const add = (slug: string, citations: Iterable<ResolvedCitation>) => {
    const list = quotes.get(slug);
    if (list) list.push(...citations);
    else quotes.set(slug, [...citations]);
  };
  for (const { entry, resolved } of entries) {
    add(entry.slug, resolved.values());
    entry.relations.forEach((r, i) => {
      const citation = resolved.get(`relations[${i}].citation`);
      if (citation) add(r.target, [citation]);
    });
  }
  return quotes;
}

const isInside = (m: Mention, span: ResolvedCitation) => m.source === span.source && span.start <= m.start && m.end <= span.end;
/** Whether a curator recorded that this occurrence of the entry's name is not the entry's system. */
export const isExcluded = (c: CheckedEntry, m: Mention, copies?: ReadonlyMap<string, PrintedAgain>) => {
  // An occurrence in a passage printed twice is its first copy's: an exclusion of one excludes both.
  const copy = copies?.get(`${m.source}#${m.block}`);
  const at = copy ? { ...m, start: m.start - copy.start + copy.firstStart, end: m.end - copy.start + copy.firstStart } : m;
  return [...c.excluded.values()].some((ex) => isInside(at, ex));
};

/** Where a block printed again starts, and where its first copy starts. */
export interface PrintedAgain {
  start: number;
  firstStart: number;
}

/** The blocks printed again in the sources, by `<source>#<block>`. */
export function printedAgain(sources: readonly SourceRecord[]): Map<string, PrintedAgain> {
  const copies = new Map<string, PrintedAgain>();
  for (const s of sources) {
    const start = new Map(s.blocks.map((b) => [b.id, b.start]));
    for (const b of s.blocks) if (b.duplicateOf) copies.set(`${s.meta.id}#${b.id}`, { start: b.start, firstStart: start.get(b.duplicateOf)! });
  }
  return copies;
}

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
  const blockStart = new Map(sources.flatMap((s) => s.blocks.map((b) => [`${s.meta.id}#${b.id}`, b] as const)));
  const copies = printedAgain(sources);
  /** A mention in the second printing of a caption, inside a citation of the first. */
  const isInsideCopy = (m: Mention, r: ResolvedCitation) => {
    const copy = blockStart.get(`${m.source}#${m.block}`);
    const first = copy?.duplicateOf ? blockStart.get(`${m.source}#${copy.duplicateOf}`) : undefined;
    return !!first && r.block === first.id && isInside({ ...m, start: m.start - copy!.start + first.start, end: m.end - copy!.start + first.start }, r);
  };
  // Another entry's relation to a system cites the passages that name it as what the relation
  // points to ("they appeared to be Hwasong-18s"; "Hwasong-17 intercontinental ballistic missile").
  const relatedAt = new Map<string, ResolvedCitation[]>();
  for (const c of checked) {
    c.entry.relations.forEach((r, i) => {
      const at = c.resolved.get(`relations[${i}].citation`);
      if (at) relatedAt.set(r.target, [...(relatedAt.get(r.target) ?? []), at]);
    });
  }
  const citedBy = new Map<string, Set<string>>();
  for (const mention of names) {
    const c = bySlug.get(mention.entry)!;
    if (!c.allResolved || isExcluded(c, mention, copies)) continue;
    if ((relatedAt.get(mention.entry) ?? []).some((r) => isInside(mention, r) || isInsideCopy(mention, r))) continue;
    // The blocks an entry cites, gathered once per entry: a long source has thousands of its mentions.
    let cited = citedBy.get(c.entry.slug);
    if (!cited) citedBy.set(c.entry.slug, (cited = new Set([...c.resolved.values()].map((r) => `${r.source}#${r.block}`))));
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
export interface VerifyOptions {
  /**
   * Check the meaning of one entry file only (the others are still read, resolved and checked for
   * completeness): for a suite that edits one entry at a time. A result that is `ok` then says
   * nothing about the other entries' meanings, so it carries no catalog.
   */
  only?: string;
  /** Set when a fix is being tried: its result is read, not its messages. */
  tryingFix?: boolean;
}

/** Rules about what a statement is said of, or under which label: a statement that breaks one is offered no fix. */
const NO_FIX_RULES: ReadonlySet<Rule> = new Set<Rule>([
  'subject-not-in-quote', 'subject-not-entry', 'subject-unresolved', 'reference-not-found', 'reference-not-entry', 'reference-ambiguous',
  'subject-elsewhere', 'subject-compared', 'label-unsupported', 'value-cut', 'value-not-in-quote', 'relation-unsupported', 'target-not-in-quote', 'target-not-entry',
]);

/** The fields a fix changes, as a curator would write them. */
function describePatch(before: Record<string, unknown>, patch: StatementFix['patch']): string {
  return Object.entries(patch)
    .filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k] ?? (k === 'certainty' ? 'certain' : k === 'polarity' ? 'positive' : [])))
    .map(([k, v]) => `"${k}": ${JSON.stringify(v)}`)
    .join(', ');
}

/**
 * A fix the verifier suggests is a fix it has tried: each statement's fix is applied to a copy
 * of its entry, and that entry verified again; the message suggests it only when the statement
 * then keeps every meaning rule, and otherwise says that it found none.
 */
function tryFixes(files: CatalogFiles, out: ViolationList): void {
  const byStatement = new Map<string, Violation[]>();
  for (const v of out.items) if (v.fix) byStatement.set(`${v.file}\u0000${v.fix.statement}`, [...(byStatement.get(`${v.file}\u0000${v.fix.statement}`) ?? []), v]);
  for (const violations of byStatement.values()) {
    const { file, fix } = violations[0]!;
    // A statement about the wrong thing, or under a label its words do not support, has no fix of
    // its cues, certainty or speakers: a fix would only make a wrong statement verify.
    const statementOf = (p: string) => p === fix!.statement || p.startsWith(`${fix!.statement}.`) || p.startsWith(`${fix!.statement}[`);
    const wrongThing = out.items.find((v) => v.file === file && statementOf(v.path) && NO_FIX_RULES.has(v.rule));
    if (wrongThing) {
      for (const v of violations) {
        delete v.fix;
        v.message += `; no fix is suggested: the statement breaks "${wrongThing.rule}" (what it is about, or under which label), which no change of its cues, certainty or speakers mends`;
      }
      continue;
    }
    const entryFile = files.entries.find((e) => e.file === file);
    let works = false;
    let described = '';
    if (entryFile && fix) {
      const entry = JSON.parse(entryFile.content) as Record<string, unknown>;
      const statement = fix.statement.split(/[.[\]]+/).filter(Boolean).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, entry);
      described = describePatch(statement, fix.patch);
      Object.assign(statement, fix.patch);
      const copy = { ...files, entries: files.entries.map((e) => (e === entryFile ? { ...e, content: JSON.stringify(entry) } : e)) };
      const concerns = (p: string) => p === fix.statement || p.startsWith(`${fix.statement}.`) || p.startsWith(`${fix.statement}[`);
      const keeps = (c: CatalogFiles) => {
        const result = verifyCatalog(c, { only: file, tryingFix: true });
        return result.ok || !result.violations.some((v) => v.file === file && concerns(v.path));
      };
      works = keeps(copy);
      // A chain of reports in either order that verifies is one the engine cannot order: no fix.
      const chain = fix.patch.speaker ?? [];
      if (works && chain.length > 1) {
        Object.assign(statement, { speaker: [...chain].reverse() });
        works = !keeps({ ...files, entries: files.entries.map((e) => (e === entryFile ? { ...e, content: JSON.stringify(entry) } : e)) });
      }
    }
    for (const v of violations) {
      if (works) v.message += `; fix (tried: it verifies): set ${described} on ${fix!.statement}`;
      else {
        delete v.fix;
        if (!v.message.includes('no fix is suggested')) v.message += '; no fix is suggested: none the verifier tried keeps every rule';
      }
    }
  }
}

export function verifyCatalog(files: CatalogFiles, options: VerifyOptions = {}): VerifyResult {
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
  const bySlug = new Map(checked.map((c) => [c.entry.slug, c]));
  const copies = printedAgain(sources);
  const shown = names.filter((m) => !isExcluded(bySlug.get(m.entry)!, m, copies));
  const holders = buildHolderIndex(sourceMap, checked, shown);
  const subjects = { sources: sourceMap, holders, names: new Map(checked.map((c) => [c.entry.slug, c.entry.name])) };
  // Names looked for in the catalog's own words by their first word first: a note is checked
  // against the few entries whose names could be in it, not against every entry.
  const firstWord = (n: string) => n.toLowerCase().split(/[\s-]+/)[0]!.replace(/s$/u, '');
  const byFirstWord = new Map<string, { name: string; names: string[] }[]>();
  for (const { entry } of checked) {
    const item = { name: entry.name, names: [entry.name, ...entry.aliases] };
    for (const w of new Set([entry.name, ...entry.aliases].map(firstWord))) byFirstWord.set(w, [...(byFirstWord.get(w) ?? []), item]);
  }
  const named = (text: string) => {
    const words = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).map((w) => w.replace(/s$/u, '')));
    const candidates = new Set([...words].flatMap((w) => byFirstWord.get(w) ?? []));
    return [...candidates].filter((p) => p.names.some((n) => namesIn(text, n))).map((p) => p.name);
  };
  const catalogNames = checked.map(({ entry }) => ({ name: entry.name, names: [entry.name, ...entry.aliases] }));
  const systemsIn = (c: (typeof checked)[number], citations: readonly ResolvedCitation[]) => ({
    named,
    catalogNames,
    inPassages: new Set([c.entry.name, ...citations.flatMap((r) => holders.inBlock(r.source, r.block).map((h) => bySlug.get(h.entry)?.entry.name ?? h.entry))]),
  });
  const saidOf = (p: OwnWordsPassage, span: { start: number; end: number }) => (p.source && p.block ? systemsSaidOf(subjects, p.source, p.block, span) : undefined);
  for (const c of checked) {
    if (options.only !== undefined && c.file !== options.only) continue;
    factCues.set(c.file, checkFactuality(c, sourceMap, names, analyse, out));
    checkNotes(c, sourceMap, nameWords, analyse, out);
    checkSubjects(subjects, c, out);
    checkMentionReferences(subjects, c, out);
    checkNames(c, checked, sourceMap, holders, out);
    if (!c.allResolved) continue;
    const citedAll = [...c.resolved.values()];
    const cited = citedAll.map((r) => ({ where: `${r.source} ${r.block} (quoted)`, text: r.quote }));
    const entryWords = [c.entry.name, ...c.entry.aliases, c.entry.category];
    const passages = blockTexts(sourceMap, citedAll);
    c.entry.notes.forEach((note, i) => checkOwnWords(c.file, `notes[${i}]`, note, passages, entryWords, { ...systemsIn(c, citedAll), onlyOf: c.entry.name, saidOf }, out));
    for (const st of listStatements(c.entry)) {
      st.factuality.overrides.forEach((o, k) => checkOwnWords(c.file, `${st.path}.overrides[${k}].reason`, o.reason, passages, entryWords, { ...systemsIn(c, citedAll), onlyOf: c.entry.name, saidOf }, out));
    }
    c.entry.exclusions.forEach((x, i) => {
      const at = c.excluded.get(`exclusions[${i}]`);
      if (at) checkOwnWords(c.file, `exclusions[${i}].reason`, x.reason, [...blockTexts(sourceMap, [at]), ...cited], entryWords, systemsIn(c, [at, ...citedAll]), out);
    });
  }
  applyOverrides(options.only === undefined ? checked : checked.filter((c) => c.file === options.only), out);
  const citations = checked.flatMap(({ file, resolved, excluded }) =>
    [...resolved, ...excluded].map(([path, citation]) => ({ file, path, citation })),
  );
  checkRecordedBlocks(sources, citations, out);
  if (out.items.length > 0) {
    if (!options.tryingFix) tryFixes(files, out);
    return { ok: false, violations: out.items };
  }
  return { ok: true, catalog: deriveCatalog(sources, checked, shown, factCues, (c, numberOf) => deriveSpecs(c, sourceMap, holders, numberOf)) };
}
