import type { Citation } from '../schema/entry';
import type { SourceRecord } from '../schema/derived';
import { findCandidates } from '../text/find-candidates';
import { nameOf } from '../text/mentions';
import { isDescriptiveName } from '../text/name-words';
import { visibleBlocks } from '../text/reader-blocks';
import { relateCandidate } from '../text/relate-candidates';
import { findNameMentions, isExcluded, type CatalogFiles } from '../verify/verify';
import { checkEntry, parseEntry, type CheckedEntry } from '../verify/verify-entries';
import { verifySource } from '../verify/verify-sources';
import { ViolationList } from '../verify/violations';
import { citeSpan } from './cite-span';
import { setTopLevelValue } from './entry-json';

/** One mention citation `draft` adds to an entry. */
export interface DraftedMention {
  file: string;
  slug: string;
  name: string;
  block: string;
  citation: Citation;
  /** The descriptive name or alias ("new drone") the mention rests on, if it rests on one. */
  descriptive?: string;
}

/** A designation that may be a catalogued one spelt another way ("Hwasongpho-18"). */
export interface VariantSpelling {
  source: string;
  block: string;
  text: string;
  slug: string;
  why: string;
}

/** The checked parts of a catalog that a draft works from. */
export function checkParts(files: CatalogFiles): { sources: SourceRecord[]; checked: CheckedEntry[] } {
  const out = new ViolationList();
  const sources = files.sources.map((s) => verifySource(s, out)).filter((s): s is SourceRecord => s !== null);
  const byId = new Map(sources.map((s) => [s.meta.id, s]));
  const checked = files.entries.flatMap((f) => {
    const entry = parseEntry(f, out);
    return entry ? [checkEntry(f.file, entry, byId, new Set(), out)] : [];
  });
  return { sources, checked };
}

/**
 * For every passage of the given sources that names a catalogued system its entry does not
 * cite yet (and that no exclusion sets aside), a verbatim mention citation of that name, added
 * to the entry's `mentions`: the edits (entry files with only `mentions` changed), what they
 * add, and the variant spellings the sources hold. Adds no facts.
 */
export function draftMentions(files: CatalogFiles, sourceIds: readonly string[]): {
  edits: { file: string; content: string }[];
  drafted: DraftedMention[];
  variants: VariantSpelling[];
} {
  const { sources, checked } = checkParts(files);
  const wanted = sources.filter((s) => sourceIds.includes(s.meta.id));
  const names = findNameMentions(wanted, checked);
  const drafted: DraftedMention[] = [];
  const edits: { file: string; content: string }[] = [];
  for (const c of checked) {
    const cited = new Set([...c.resolved.values()].map((r) => `${r.source}#${r.block}`));
    const added: Citation[] = [];
    for (const m of names.filter((n) => n.entry === c.entry.slug && !isExcluded(c, n))) {
      const source = wanted.find((s) => s.meta.id === m.source)!;
      const citation = citeSpan({ id: source.meta.id, text: source.text, blocks: source.blocks }, m.start, m.end);
      const block = source.blocks.find((b) => b.id === m.block)!;
      const key = `${m.source}#${block.duplicateOf ?? block.id}`;
      if (!citation || cited.has(key)) continue;
      cited.add(key);
      added.push(citation);
      const name = nameOf(m.text, [c.entry.name, ...c.entry.aliases]);
      drafted.push({ file: c.file, slug: c.entry.slug, name: c.entry.name, block: block.duplicateOf ?? block.id, citation, ...(name && isDescriptiveName(name) ? { descriptive: name } : {}) });
    }
    if (added.length === 0) continue;
    const file = files.entries.find((f) => f.file === c.file)!;
    const current = (JSON.parse(file.content) as { mentions?: Citation[] }).mentions ?? [];
    edits.push({ file: c.file, content: setTopLevelValue(file.content, 'mentions', [...current, ...added]) });
  }
  const entries = checked.map((c) => c.entry);
  const variants = wanted.flatMap((source) =>
    findCandidates(visibleBlocks(source.blocks), names).flatMap((candidate) =>
      relateCandidate(candidate, entries)
        .filter((r) => r.kind === 'variant')
        .map((r) => ({ source: source.meta.id, block: candidate.block, text: candidate.text, slug: r.slug, why: r.why })),
    ),
  );
  return { edits, drafted, variants };
}
