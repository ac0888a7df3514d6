import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { getCatalog } from '../../catalog/index';
import { readCatalogFiles } from '../../catalog/load';
import { findCues, scopeCovers, type CueMatch } from '../../catalog/text/cue-scope';
import { verifyCatalog } from '../../catalog/verify/verify';
import { formatViolation, type Rule } from '../../catalog/verify/violations';
import type { Entry, Factuality } from '../../catalog/schema/entry';
import type { CatalogEntry, ResolvedCitation } from '../../catalog/schema/derived';

/**
 * Distortions generated from the real catalog: for every fact, and every side of a
 * difference, each change below that fits it must make the verifier refuse the catalog with
 * the rule named, at that statement. The changes are the ways a reader is misled: a cue
 * dropped from the edge of a value, a value cut so that a cue is left out, a claim given as
 * the article's own, another party of the passage named as the speaker, a relay dropped, a
 * negation or a hedge declared away.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const catalog = getCatalog();
const raw = new Map(readCatalogFiles(ROOT).entries.map((f) => [f.file, JSON.parse(f.content) as Entry]));

interface Distortion {
  title: string;
  file: string;
  /** Field path of the distorted statement; a violation must be at it or inside it. */
  at: string;
  rules: Rule[];
  apply: (entry: Entry) => void;
}

const RULE_FOR: Record<CueMatch['kind'], Rule[]> = {
  negation: ['negation-dropped'],
  hedge: ['hedge-dropped'],
  modal: ['hedge-dropped'],
  likeness: ['hedge-dropped'],
  report: ['speaker-article', 'relay-dropped'],
};

const fileOf = (entry: CatalogEntry) => `catalog/entries/${entry.slug}.json`;
const blockOf = (c: ResolvedCitation) => catalog.sources.find((s) => s.meta.id === c.source)!.blocks.find((b) => b.id === c.block)!;
const trimmed = (text: string) => text.replace(/^[\s,;:.]+|[\s,;:]+$/g, '');
const hasWords = (text: string) => /\p{L}{2,}/u.test(text);

/** The statement at `at` of a raw entry, with defaults filled in so it can be edited. */
function statementAt(entry: Entry, at: string): Factuality & { value?: string } {
  const s = at.split(/[.[\]]+/).filter(Boolean).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], entry) as Factuality & { value?: string };
  s.speaker ??= [];
  s.cues ??= [];
  s.certainty ??= 'certain';
  s.polarity ??= 'positive';
  return s;
}

/** Parties named in a passage: who reports with each of its reporting cues, and every speaker of the catalog it names. */
function partiesIn(text: string): string[] {
  const found = findCues(text).flatMap((c) => (c.kind === 'report' && c.speaker ? [c.speaker.text] : []));
  const known = catalog.entries.flatMap((e) => [...e.facts, ...e.relations, ...e.differences.flatMap((d) => d.sides)].flatMap((s) => s.speaker.map((l) => l.party)));
  return [...new Set([...found, ...known.filter((p) => text.includes(p))])];
}

function distortionsOf(entry: CatalogEntry): Distortion[] {
  const file = fileOf(entry);
  const out: Distortion[] = [];
  const add = (d: Omit<Distortion, 'file'>) => out.push({ ...d, file });

  entry.facts.forEach((fact, i) => {
    const at = `facts[${i}]`;
    const citation = entry.factCitations[i]!.map((n) => entry.citations[n - 1]!).find((c) => c.quote.includes(fact.value))!;
    const block = blockOf(citation);
    const cues = entry.factCues[i]!;
    const edits = new Map<string, Rule[]>();
    for (const cue of cues) {
      if (cue.kind === 'report') continue;
      const before = fact.value.slice(0, cue.start);
      const afterCue = fact.value.slice(cue.end);
      // The cue dropped from the edge of the value.
      if (trimmed(before) === '' && hasWords(afterCue)) edits.set(trimmed(afterCue), RULE_FOR[cue.kind]);
      // The value cut to the words after the cue, leaving it out.
      if (hasWords(afterCue)) edits.set(trimmed(afterCue), RULE_FOR[cue.kind]);
    }
    // A report and its speaker both inside the value ("North Korea claims to have developed"): cut after the cue.
    const valueAt = citation.start - block.start + citation.quote.indexOf(fact.value);
    for (const cue of findCues(block.text)) {
      const inValue = cue.start >= valueAt && cue.end <= valueAt + fact.value.length;
      if (cue.kind !== 'report' || !inValue || !cue.speaker || cue.speaker.start < valueAt) continue;
      const rest = trimmed(block.text.slice(cue.end, valueAt + fact.value.length));
      if (hasWords(rest) && scopeCovers(cue, { start: cue.end + 1, end: valueAt + fact.value.length })) edits.set(rest, fact.speaker.length ? ['relay-dropped'] : ['speaker-article']);
    }
    for (const [value, rules] of edits) {
      if (value === fact.value) continue;
      add({ title: `${entry.slug} ${at}: "${fact.value}" → "${value}"`, at, rules, apply: (e) => (statementAt(e, at).value = value) });
    }
    fact.cues.forEach((cue, k) =>
      add({ title: `${entry.slug} ${at}: the declared cue "${cue}" dropped`, at, rules: ['negation-dropped', 'hedge-dropped'], apply: (e) => statementAt(e, at).cues.splice(k, 1) }),
    );
    addSpeakerDistortions(add, entry, at, fact, block.text, citation);
    if (fact.polarity === 'negative') add({ title: `${entry.slug} ${at}: declared positive`, at, rules: ['polarity-mismatch'], apply: (e) => (statementAt(e, at).polarity = 'positive') });
    if (fact.certainty !== 'certain') add({ title: `${entry.slug} ${at}: declared certain`, at, rules: ['certainty-mismatch'], apply: (e) => (statementAt(e, at).certainty = 'certain') });
  });

  entry.differences.forEach((d, k) =>
    d.sides.forEach((side, j) => {
      const at = `differences[${k}].sides[${j}]`;
      const citation = entry.citations[entry.differenceCitations[k]![j]! - 1]!;
      addSpeakerDistortions(add, entry, at, side, blockOf(citation).text, citation);
      if (side.polarity === 'negative') add({ title: `${entry.slug} ${at}: declared positive`, at, rules: ['polarity-mismatch'], apply: (e) => (statementAt(e, at).polarity = 'positive') });
      if (side.certainty !== 'certain') add({ title: `${entry.slug} ${at}: declared certain`, at, rules: ['certainty-mismatch'], apply: (e) => (statementAt(e, at).certainty = 'certain') });
    }),
  );
  return out;
}

/** Given to the article, another party of the passage as its speaker, a relay dropped. */
function addSpeakerDistortions(
  add: (d: Omit<Distortion, 'file'>) => void,
  entry: CatalogEntry,
  at: string,
  statement: Factuality,
  text: string,
  citation: ResolvedCitation,
): void {
  const chain = statement.speaker;
  if (chain.length > 0) add({ title: `${entry.slug} ${at}: given to the article`, at, rules: ['speaker-article'], apply: (e) => (statementAt(e, at).speaker = []) });
  chain.forEach((link, k) => {
    for (const party of partiesIn(text).filter((p) => !p.includes(link.party) && !link.party.includes(p))) {
      add({
        title: `${entry.slug} ${at}: "${link.party} ${link.cue}" → "${party} ${link.cue}"`,
        at,
        rules: ['speaker-mismatch'],
        apply: (e) => (statementAt(e, at).speaker[k]!.party = party),
      });
    }
    if (chain.length > 1) {
      add({ title: `${entry.slug} ${at}: the relay "${link.party} ${link.cue}" dropped`, at, rules: ['relay-dropped'], apply: (e) => statementAt(e, at).speaker.splice(k, 1) });
    }
  });
  if (chain.length === 0) {
    // The article's own words given to a party the passage names, with that party's own cue.
    for (const cue of findCues(text).filter((c) => c.kind === 'report' && c.speaker && citation.quote.includes(c.speaker.text))) {
      const party = cue.speaker!.text;
      add({ title: `${entry.slug} ${at}: given to "${party} ${cue.text}"`, at, rules: ['speaker-not-in-scope'], apply: (e) => (statementAt(e, at).speaker = [{ party, cue: cue.text }]) });
    }
  }
}

const distortions = catalog.entries.flatMap(distortionsOf);
const caught: Distortion[] = [];

describe('every distortion of the real catalog is refused with its rule', () => {
  after(() => console.log(`distortion suite: ${caught.length}/${distortions.length} distortions caught`));

  test('there are at least 100 of them', () => {
    assert.ok(distortions.length >= 100, `${distortions.length} distortions`);
  });

  for (const d of distortions) {
    test(d.title, () => {
      const files = readCatalogFiles(ROOT);
      const target = files.entries.find((f) => f.file === d.file)!;
      const entry = structuredClone(raw.get(d.file)!);
      d.apply(entry);
      target.content = JSON.stringify(entry, null, 2);
      const result = verifyCatalog(files);
      assert.ok(!result.ok, 'the distorted catalog must not verify');
      const hit = result.violations.find((v) => v.file === d.file && (v.path === d.at || v.path.startsWith(`${d.at}.`)) && d.rules.includes(v.rule));
      assert.ok(hit, `expected [${d.rules.join(' or ')}] at ${d.at}; got:\n${result.violations.map(formatViolation).join('\n')}`);
      caught.push(d);
    });
  }
});
