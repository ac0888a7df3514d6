import type { Citation } from '../schema/entry';
import type { SourceRecord } from '../schema/derived';
import { nameOf } from '../text/mentions';
import { isDescriptiveName } from '../text/name-words';
import { findNameMentions, isExcluded, printedAgain, type CatalogFiles } from '../verify/verify';
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
 * to the entry's `mentions`: the edits (entry files with only `mentions` changed) and what they
 * add. Adds no facts.
 */
export function draftMentions(
  files: CatalogFiles,
  sourceIds: readonly string[],
  parts: ReturnType<typeof checkParts> = checkParts(files),
): {
  edits: { file: string; content: string }[];
  drafted: DraftedMention[];
} {
  const { sources, checked } = parts;
  const wanted = sources.filter((s) => sourceIds.includes(s.meta.id));
  const names = findNameMentions(wanted, checked);
  const drafted: DraftedMention[] = [];
  const edits: { file: string; content: string }[] = [];
  const blockById = new Map(wanted.map((s) => [s.meta.id, new Map(s.blocks.map((b) => [b.id, b]))]));
  const copies = printedAgain(wanted);
  const counts = new Map(wanted.map((s) => [s.meta.id, new Map<string, number>()]));
  const byEntry = new Map<string, typeof names>();
  for (const n of names) {
    const list = byEntry.get(n.entry);
    if (list) list.push(n);
    else byEntry.set(n.entry, [n]);
  }
  for (const c of checked) {
    const cited = new Set([...c.resolved.values()].map((r) => `${r.source}#${r.block}`));
    const added: Citation[] = [];
    for (const m of (byEntry.get(c.entry.slug) ?? []).filter((n) => !isExcluded(c, n, copies))) {
      const source = wanted.find((s) => s.meta.id === m.source)!;
      const block = blockById.get(m.source)!.get(m.block)!;
      if (cited.has(`${m.source}#${block.duplicateOf ?? block.id}`)) continue;
      const citation = citeSpan({ id: source.meta.id, text: source.text, blocks: source.blocks }, m.start, m.end, counts.get(m.source));
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
  return { edits, drafted };
}
