import { entrySchema, type Citation, type Entry } from '../schema/entry';
import type { ResolvedCitation, SourceRecord } from '../schema/derived';
import { resolveCitation } from './resolve-citation';
import { matchWholeWords } from '../text/mentions';
import { escapeRegExp } from '../text/reg-exp';
import { describeZodIssue, zodIssuePath } from './verify-sources';
import { describeJsonError, ViolationList } from './violations';

export interface EntryFile {
  file: string;
  content: string;
}

/** An entry that parsed, with each citation (by field path) resolved where it could be. */
export interface CheckedEntry {
  file: string;
  entry: Entry;
  resolved: Map<string, ResolvedCitation>;
  /** Each exclusion (by field path) resolved where it could be: occurrences that are not this system. */
  excluded: Map<string, ResolvedCitation>;
  /** True when every citation and exclusion resolved; only then is the entry checked for completeness. */
  allResolved: boolean;
}

/** Parses one entry file: JSON first, then the schema; the file name must be the slug. */
export function parseEntry({ file, content }: EntryFile, out: ViolationList): Entry | null {
  if (content.trim() === '') {
    out.add('entry-json', file, '', 'the file is empty; an entry is a JSON object with slug, name, category and facts');
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    out.add('entry-json', file, '', describeJsonError(content, error));
    return null;
  }
  const parsed = entrySchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) out.add('entry-schema', file, zodIssuePath(issue.path), describeZodIssue(issue));
    return null;
  }
  const expected = file.split('/').pop()!.replace(/\.json$/, '');
  if (parsed.data.slug !== expected) {
    out.add('entry-file-name', file, 'slug', `slug "${parsed.data.slug}" does not match the file name "${expected}.json"`);
  }
  return parsed.data;
}

/** Every citation of an entry with its field path, in reading order. */
export function listCitations(entry: Entry): { path: string; citation: Citation }[] {
  return [
    ...entry.facts.flatMap((f, i) => f.citations.map((c, j) => ({ path: `facts[${i}].citations[${j}]`, citation: c }))),
    ...entry.relations.map((r, i) => ({ path: `relations[${i}].citation`, citation: r.citation })),
    ...entry.differences.flatMap((d, i) => d.sides.map((s, j) => ({ path: `differences[${i}].sides[${j}].citation`, citation: s.citation }))),
    ...entry.mentions.map((c, i) => ({ path: `mentions[${i}]`, citation: c })),
  ];
}

/**
 * Whether some text holds `phrase` as whole words, case and a final plural "s" aside (a category
 * "launcher" is a phrase of "launchers", so entries share one form): the phrase alone compiled
 * once (a case-insensitive pattern with letter classes around it costs V8 far more to compile),
 * its edges checked as mentions' are.
 */
const wholePhrase = (phrase: string) => {
  // A category may be the singular of the passage's plural ("missile" of "missiles").
  const pattern = new RegExp(`${escapeRegExp(phrase)}(?:s|es)?`, 'giu');
  return (haystack: string) => matchWholeWords(haystack, pattern).length > 0;
};
/**
 * Checks everything about one entry that does not depend on other entries: each citation
 * resolves in its source, each fact value is in one of its quotes, names occur in some source,
 * and the category is a phrase of a cited quote.
 */
export function checkEntry(
  file: string,
  entry: Entry,
  sources: Map<string, SourceRecord>,
  unusable: ReadonlySet<string>,
  out: ViolationList,
): CheckedEntry {
  const resolved = new Map<string, ResolvedCitation>();
  const excluded = new Map<string, ResolvedCitation>();
  const citations = listCitations(entry);
  const exclusions = entry.exclusions.map((citation, i) => ({ path: `exclusions[${i}]`, citation, exclusion: true }));
  const toResolve: { path: string; citation: Citation; exclusion?: boolean }[] = [...citations, ...exclusions];
  for (const { path, citation, exclusion } of toResolve) {
    // A source that failed its own checks is reported once, not again at every citation.
    if (unusable.has(citation.source)) continue;
    const source = sources.get(citation.source);
    if (!source) {
      const known = [...sources.keys()].join(', ');
      out.add('source-unknown', file, `${path}.source`, `unknown source "${citation.source}" (known: ${known})`);
      continue;
    }
    const result = resolveCitation({ id: source.meta.id, text: source.text, blocks: source.blocks }, citation);
    if (!result.ok) {
      out.add(result.rule, file, `${path}.${result.rule === 'block-unknown' ? 'block' : 'quote'}`, result.message);
      continue;
    }
    if (exclusion) {
      excluded.set(path, result.citation);
      continue;
    }
    resolved.set(path, result.citation);
  }
  for (const [path, ex] of excluded) {
    const cited = [...resolved].find(([, r]) => r.source === ex.source && r.start < ex.end && ex.start < r.end);
    if (cited) {
      out.add('exclusion-cited', file, path, `"${ex.quote}" in ${ex.source} ${ex.block} is excluded, but ${cited[0]} cites "${cited[1].quote}" there: an occurrence is this system or it is not`);
    }
  }

  entry.facts.forEach((fact, i) => {
    if (!fact.citations.some((c) => c.quote.includes(fact.value))) {
      out.add('value-not-in-quote', file, `facts[${i}].value`, `"${fact.value}" is in none of the fact's cited quotes`);
    }
  });

  // A name is looked for in the entry's cited sources first, where it nearly always is, and only
  // then in every other: the check stays one search per name as the catalog grows.
  const cited = [...new Set(toResolve.map(({ citation }) => sources.get(citation.source)).filter((s) => s !== undefined))];
  const occurs = (name: string) => cited.some((s) => s.text.includes(name)) || [...sources.values()].some((s) => !cited.includes(s) && s.text.includes(name));
  [entry.name, ...entry.aliases].forEach((name, i) => {
    if (unusable.size === 0 && !occurs(name)) {
      out.add('name-not-in-source', file, i === 0 ? 'name' : `aliases[${i - 1}]`, `"${name}" occurs verbatim in no source`);
    }
  });

  const quotes = [...resolved.values()].map((r) => r.quote);
  const allResolved = resolved.size === citations.length && excluded.size === exclusions.length;
  if (allResolved && !quotes.some(wholePhrase(entry.category))) {
    out.add('category-not-in-quote', file, 'category', `"${entry.category}" is not a phrase of any of the entry's cited quotes`);
  }

  return { file, entry, resolved, excluded, allResolved };
}
