/**
 * `npm run catalog -- new-entry "<name as written>" --source <id> [--slug <slug>] [--category <phrase>]`:
 * scaffolds catalog/entries/<slug>.json for a system a source names: its mentions in every
 * source cited, no facts yet. The category is a phrase of a cited quote: given, or the head noun
 * of the noun phrase the name stands in ("shells" of "152-millimeter artillery shells",
 * "launcher" of "KN-25 super-large multiple rocket launcher"), in the form a category of the
 * catalog already uses for the same word, case aside and its singular for the passage's plural
 * ("UAV" for "UAVs", "missile" for "Missiles").
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkParts } from '../../catalog/ingest/draft-mentions';
import { citeSpan } from '../../catalog/ingest/cite-span';
import { formatEntryJson } from '../../catalog/ingest/entry-json';
import { ENTRIES_DIR } from '../../catalog/load';
import { slugSchema, type Citation } from '../../catalog/schema/entry';
import type { SourceRecord } from '../../catalog/schema/derived';
import { readCandidates } from '../../catalog/text/find-candidates';
import { findMentions, type NameMatch } from '../../catalog/text/mentions';
import { isShownToReader } from '../../catalog/text/reader-blocks';
import { escapeRegExp } from '../../catalog/text/reg-exp';
import { describeClosest } from '../../catalog/verify/resolve-citation';
import { InputError, parseCommand, projectRoot, readVerified, runCommand, writeVerifiedEntries } from './common';
import { usageOf } from './commands';

const USAGE = usageOf('new-entry');
/** How far a category may be from the name to be quoted with it. */
const MAX_QUOTE = 120;

const slugify = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
/** A phrase as whole words, case aside, in either number ("launcher" reads "launchers" too). */
const wordAt = (phrase: string, flags = 'iu') => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase.replace(/s$/u, ''))}s?(?![\\p{L}\\p{N}])`, flags);

/** The span that quotes an occurrence together with its category phrase, when they are close in one block. */
function spanWithCategory(source: SourceRecord, m: NameMatch, category: string): { start: number; end: number } | null {
  if (wordAt(category).test(m.text)) return { start: m.start, end: m.end };
  const block = source.blocks.find((b) => b.id === m.block)!;
  let best: { start: number; end: number } | null = null;
  for (const hit of block.text.matchAll(wordAt(category, 'giu'))) {
    const at = block.start + hit.index;
    const span = { start: Math.min(m.start, at), end: Math.max(m.end, at + hit[0].length) };
    if (span.end - span.start <= MAX_QUOTE && (!best || span.end - span.start < best.end - best.start)) best = span;
  }
  return best;
}

/**
 * The category: given, or the head noun of the noun phrase the name stands in, in the form an
 * existing category uses (the longest that ends the phrase: "artillery shells" before "shells").
 * Without a head noun next to the name, it asks for one rather than guess a kind.
 */
function chooseCategory(name: string, given: string | undefined, home: SourceRecord, hits: NameMatch[], existing: readonly string[]): string {
  if (given) return given;
  for (const m of hits) {
    const block = home.blocks.find((b) => b.id === m.block);
    if (!block) continue;
    const phrase = readCandidates([block], []).candidates.find((c) => c.start <= m.start && m.end <= c.end && c.head);
    if (!phrase) continue;
    const words = phrase.text.split(/[\s\u00a0]+/u);
    const known = [...existing]
      .sort((a, b) => b.length - a.length)
      .find((cat) => {
        const catWords = cat.split(/\s+/u);
        const tail = words.slice(-catWords.length);
        // The existing form in either case, as written or as the singular of the passage's plural
        // (a category must stay a phrase of its quote: "launcher" of "launchers", not "launchers" of "launcher").
        const lastOk = (w: string, c: string) => w.toLowerCase() === c.toLowerCase() || w.toLowerCase() === `${c.toLowerCase()}s` || w.toLowerCase() === `${c.toLowerCase()}es`;
        return tail.length === catWords.length && tail.every((w, i) => (i === tail.length - 1 ? lastOk(w, catWords[i]!) : w.toLowerCase() === catWords[i]!.toLowerCase()));
      });
    return known ?? phrase.head!;
  }
  throw new InputError(
    `no head noun stands next to "${name}" in ${home.meta.id} to say what kind of system it is: pass --category with the noun a passage that names it uses for it (a phrase of that passage)`,
  );
}

export function runNewEntry(args: string[]): number {
  return runCommand('new-entry', () => {
    const { positionals, values } = parseCommand(args, { source: { type: 'string' }, slug: { type: 'string' }, category: { type: 'string' } }, USAGE);
    const root = projectRoot(values.root);
    if (positionals.length !== 1 || positionals[0]!.trim() === '') throw new InputError(`give the name exactly as the source writes it, in quotes.\n${USAGE}`, 2);
    if (!values.source) throw new InputError(`missing --source: the source that names the system, e.g. --source article-005.\n${USAGE}`, 2);
    const name = positionals[0]!.trim();
    const slug = slugSchema.safeParse(values.slug ?? slugify(name));
    if (!slug.success) throw new InputError(`invalid slug "${values.slug ?? slugify(name)}": ${slug.error.issues[0]!.message}`);
    const file = `${ENTRIES_DIR}/${slug.data}.json`;

    const { files, pending } = readVerified(root);
    const { sources, checked } = checkParts(files);
    const home = sources.find((s) => s.meta.id === values.source);
    if (!home) throw new InputError(`no source "${values.source}" in catalog/sources (known: ${sources.map((s) => s.meta.id).join(', ')})`);
    const hitsIn = (s: SourceRecord) => findMentions(s.blocks.filter(isShownToReader), [name]);
    if (hitsIn(home).length === 0) {
      throw new InputError(`"${name}" does not occur in a passage of ${home.meta.id} that the reader shows. ${describeClosest({ id: home.meta.id, text: home.text, blocks: home.blocks }, name)}`);
    }
    const lower = name.toLowerCase();
    const taken = checked.find((c) => c.entry.slug !== slug.data && [c.entry.name, ...c.entry.aliases].some((n) => n.toLowerCase() === lower));
    if (taken) throw new InputError(`"${name}" is already catalogued: ${taken.file} has it as ${taken.entry.name === name ? 'its name' : 'an alias'}`);

    const categories = [...new Set(checked.map((x) => x.entry.category))];
    const category = chooseCategory(name, values.category, home, hitsIn(home), categories);
    const mentions: Citation[] = [];
    let categoryCited = false;
    for (const source of [home, ...sources.filter((s) => s !== home)]) {
      const seen = new Set<string>();
      for (const m of hitsIn(source)) {
        const block = source.blocks.find((b) => b.id === m.block)!;
        const key = block.duplicateOf ?? block.id;
        if (seen.has(key)) continue;
        seen.add(key);
        const withCategory: { start: number; end: number } | null = categoryCited ? null : spanWithCategory(source, m, category);
        const span = withCategory ?? m;
        const citation = citeSpan({ id: source.meta.id, text: source.text, blocks: source.blocks }, span.start, span.end);
        if (!citation) continue;
        categoryCited ||= withCategory !== null;
        mentions.push(citation);
      }
    }
    if (!categoryCited) throw new InputError(`the category "${category}" is not within ${MAX_QUOTE} characters of "${name}" in any passage that names it: pass --category with a phrase next to the name`);

    const content = formatEntryJson({
      slug: slug.data,
      name,
      aliases: [],
      category,
      facts: [],
      mentions,
      relations: [],
      differences: [],
      notes: [],
    });
    const target = path.join(root, file);
    if (existsSync(target)) {
      if (readFileSync(target, 'utf8') === content) {
        console.log(`${file} already holds this scaffold: nothing was changed.`);
        return 0;
      }
      throw new InputError(`${file} already exists (and differs from a fresh scaffold): choose another --slug, or edit that file`);
    }
    writeVerifiedEntries(root, files, [{ file, content }], pending);
    console.log(
      [
        `Wrote ${file}: "${name}", category "${category}", ${mentions.length} mention citation(s), no facts (what the sources do not state is derived from the passages):`,
        ...mentions.map((c) => `  mentions += ${c.source} "${c.quote}"${c.block ? ` (block ${c.block})` : ''}`),
        '',
        `Next: add facts from the cited passages with fact add (npm run catalog -- fact add ${slug.data} --source <id> --quote "<words>" --label <label>), then run: npm run verify`,
      ].join('\n'),
    );
    return 0;
  });
}
