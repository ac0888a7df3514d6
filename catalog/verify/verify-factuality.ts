/**
 * Meaning-level checks: a fact, a relation or a side of a difference keeps the certainty, the
 * polarity and the speaker of its passage. The cues and their scopes come from
 * catalog/text/cue-scope.ts; this module decides what each statement must then declare.
 */
import { analysePassage, isSpeakerOf, scopeCovers, type CueMatch, type Span } from '../text/cue-scope';
import { CERTAINTY_LEVELS, CUE_ROWS, type Certainty } from '../text/cue-table';
import { isNounPhrase } from '../text/party';
import type { Block, Mention, ResolvedCitation, SourceRecord, ValueCue } from '../schema/derived';
import type { Entry } from '../schema/entry';
import type { CheckedEntry } from './verify-entries';
import { listStatements, type Statement } from './statements';
import type { Rule, StatementFix, ViolationList } from './violations';

const preview = (text: string, max = 100) => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;
const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
const rank = (level: Certainty) => CERTAINTY_LEVELS.length - CERTAINTY_LEVELS.indexOf(level);
const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();
const speakerWords = (cue: CueMatch) => (cue.subject === 'after' ? `${cue.text} ${cue.speaker?.text ?? '…'}` : `${cue.speaker?.text ?? '…'} ${cue.text}`);

/**
 * Whether a declared cue stands for a cue of the passage: the same words, or a phrase of the
 * passage around them ("which the North has denied" for "denied").
 */
function declares(declared: string, cue: CueMatch, text: string): boolean {
  if (sameWords(declared, cue.text)) return true;
  for (let i = text.indexOf(declared); i !== -1; i = text.indexOf(declared, i + 1)) {
    if (i <= cue.start && cue.end <= i + declared.length) return true;
  }
  return false;
}

/**
 * Whether report `a` relays report `b` (is outer to it): its scope holds `b`'s cue and not the
 * other way round; or `b` is a source it cites after it ("…, Hanbit Wire reported, citing the
 * defence ministry": the wire service relays the ministry).
 */
function relaysOver(a: CueMatch, b: CueMatch, text: string): boolean {
  const citing = /^(?:citing|quoting)$/iu;
  if (citing.test(b.text) && b.start > a.end && /^[^.;!?]*$/u.test(text.slice(a.end, b.start))) return true;
  if (citing.test(a.text) && a.start > b.end && /^[^.;!?]*$/u.test(text.slice(b.end, a.start))) return false;
  return scopeCovers(a, b) && !scopeCovers(b, a);
}

/** Every reporting phrase of the lexicon, whatever its role: a word the engine may have misread. */
const REPORT_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${CUE_ROWS.filter((r) => r.kind === 'report')
    .flatMap((r) => r.phrases)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** A passage analysed once per process, however many statements and runs cite it. */
type Analyse = (block: Block) => ReturnType<typeof analysePassage>;

// Analysis is a pure function of a passage's text, so one cache serves every run in a process
// (the tests verify hundreds of distorted copies of the same sources).
const cache = new Map<string, ReturnType<typeof analysePassage>>();

export function createPassageAnalyser(): Analyse {
  return (block) => {
    let found = cache.get(block.text);
    if (!found) cache.set(block.text, (found = analysePassage(block.text)));
    return found;
  };
}

/**
 * Whether a likeness ("similar to", "resembling"), or a hedge right before one ("appeared
 * similar to"), compares something else with this entry, and `value` only describes the entry:
 * the entry is named after the cue in its sentence and not before it, and the value comes after
 * the cue without naming the entry. "A new UAV resembling the U.S. surveillance aircraft Global
 * Hawk" hedges the UAV, not "surveillance aircraft" as said of the Global Hawk.
 */
function comparesWithEntry(cue: CueMatch, cues: CueMatch[], text: string, sentence: Span, names: Span[], value: Span): boolean {
  const likeness = cue.kind === 'likeness' ? cue : cues.find((c) => c.kind === 'likeness' && c.start > cue.end && /^\s*$/.test(text.slice(cue.end, c.start)));
  if (!likeness) return false;
  // Only the compared thing's own description is exempt: words after the likeness, without the
  // entry's name, right before a mention of it ("U.S. surveillance aircraft | Global Hawk") or in
  // apposition right after one ("MQ 9 Reaper, | a hunter-killer UAV").
  if (value.start < likeness.end || names.some((n) => n.start < value.end && value.start < n.end)) return false;
  const attached = names.some(
    // Before the name in its phrase, or in the apposition after it ("MQ 9 Reaper, a | hunter-killer UAV").
    (n) =>
      (n.start >= value.end && /^[^,;:.()“”"]*$/u.test(text.slice(value.end, n.start))) ||
      (n.end <= value.start && /^(?:,?\s*|,\s*(?:an?|the)\s+(?:[\p{L}\p{N}-]+\s+){0,4})$/u.test(text.slice(n.end, value.start)) && !/[,;.]/u.test(text.slice(value.start, value.end))),
  );
  if (!attached) return false;
  const before = names.some((n) => n.start >= sentence.start && n.end <= likeness.start);
  const after = names.some((n) => n.start >= likeness.end && n.end <= sentence.end);
  return after && !before;
}

/**
 * Whether a negation leaves `value` standing because a definite noun phrase it negates around
 * presupposes it: "Voice of America did not identify the model ICBMs | present for the
 * exhibition" still says the ICBMs were present. The value must follow the phrase directly and
 * describe it (a participle, an adjective, a relative or a place), the phrase must begin with a
 * definite determiner, and the negated verb must stand between the negation and the phrase.
 */
export function presupposed(text: string, cue: CueMatch, value: Span): boolean {
  if (cue.kind !== 'negation' || cue.end > value.start) return false;
  const between = text.slice(cue.end, value.start);
  const phrase = /^\s+(?:\p{L}+\s+){1,2}?(?:the|these|those|its|their)\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}$/iu.exec(between);
  if (!phrase || /[,;:“”"()]/u.test(between)) return false;
  const first = /^[\p{L}-]+/u.exec(text.slice(value.start))?.[0].toLowerCase() ?? '';
  return /^(?:present|shown|displayed|seen|used|made|built|kept|stored|deployed|that|which|who|for|in|at|on|from|with|near|during)$/u.test(first) || /\p{L}+(?:ed|ing)$/u.test(first);
}

interface Context {
  file: string;
  entry: Entry;
  out: ViolationList;
  analyse: Analyse;
}

/** Checks one statement against one passage that quotes it. */
function checkAgainstPassage(
  ctx: Context,
  st: Statement & { shownBeside: ResolvedCitation[] },
  citation: ResolvedCitation,
  block: Block,
  names: Span[],
): ValueCue[] {
  const { file, out } = ctx;
  const { text } = block;
  const { sentences, cues } = ctx.analyse(block);
  const quote: Span = { start: citation.start - block.start, end: citation.end - block.start };
  const at = citation.quote.indexOf(st.value);
  const value: Span = { start: quote.start + at, end: quote.start + at + st.value.length };
  const where = `in ${preview(citation.quote)} (${citation.source} ${citation.block})`;
  /** The passage around a cue, saying when the cue lies outside the cited quote. */
  const around = (cue: Span) => {
    const from = Math.max(0, cue.start - 40);
    const to = Math.min(text.length, cue.end + 60);
    const words = `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
    const outside = cue.start < quote.start || cue.end > quote.end ? ', outside the cited quote' : '';
    return `in "${words}" (${citation.source} ${citation.block}${outside})`;
  };
  const sentenceOf = (c: Span) => sentences.find((s) => s.start <= c.start && c.start < s.end) ?? { start: 0, end: text.length };
  const relevant = cues.filter((c) => !comparesWithEntry(c, cues, text, sentenceOf(c), names, value));
  const covering = relevant.filter((c) => !contains(value, c) && scopeCovers(c, value) && !presupposed(text, c, value));
  // The value's own words count whatever they compare it with.
  const inner = cues.filter((c) => contains(value, c));
  // "…, which the North has denied" disputes another report of the same words: it is not who
  // says them but a counter-claim, declared like a negation and shown with them.
  const counters = new Set(
    covering.filter((c) => c.kind === 'report' && c.negative && [...covering, ...inner].some((o) => o !== c && o.kind === 'report' && c.scope.some((s) => contains(s, o)))),
  );
  const { factuality: f } = st;

  // Who says it: every report that covers the value, or sits in it, is a link ("North Korea
  // claims to have developed" in a value is still North Korea's claim).
  const needed = [...covering, ...inner]
    .filter((c) => c.kind === 'report' && !counters.has(c))
    .sort((a, b) => a.start - b.start);
  /** Whether one of the places the party's words stand in the passage (each found by plain search, none overlapping the one before) is the cue's speaker. */
  const namesParty = (link: { party: string }, cue: CueMatch) => {
    if (link.party === '') return false;
    for (let at = text.indexOf(link.party); at !== -1; at = text.indexOf(link.party, at + link.party.length)) {
      if (isSpeakerOf(text, cue, at, at + link.party.length)) return true;
    }
    return false;
  };
  const matched = new Map<number, CueMatch>();
  // Violations whose fix is the statement as the passage gives it, once that is known.
  const fixable: { rule: Rule; path: string; message: string }[] = [];
  let unnamed: CueMatch | undefined;
  for (const cue of needed) {
    const i = f.speaker.findIndex((link, k) => !matched.has(k) && declares(link.cue, cue, text));
    if (i === -1) {
      const rule = f.speaker.length === 0 ? 'speaker-article' : 'relay-dropped';
      const how = f.speaker.length === 0 ? 'but the statement is given as the article’s own reporting' : 'but its speaker chain has no link for it';
      // A party that is no whole noun phrase of the passage cannot be suggested: the message explains.
      if (!(cue.speaker && !cue.speaker.pronoun && isNounPhrase(cue.speaker.text))) unnamed = cue;
      fixable.push({ rule, path: `${st.path}.speaker`, message: `the passage attributes ${preview(st.value, 60)} to "${speakerWords(cue)}" ${around(cue)}, ${how}` });
      continue;
    }
    matched.set(i, cue);
    const link = f.speaker[i]!;
    if (!namesParty(link, cue)) {
      out.add('speaker-mismatch', file, `${st.path}.speaker[${i}].party`, `"${link.party}" is not who "${cue.text}" attributes it to ${where}: the passage says "${speakerWords(cue)}"`);
    }
  }
  f.speaker.forEach((link, i) => {
    for (const [key, words] of [['party', link.party], ['cue', link.cue]] as const) {
      if (!citation.quote.includes(words)) out.add('cue-not-in-quote', file, `${st.path}.speaker[${i}].${key}`, `"${words}" is not in the cited quote ${preview(citation.quote)}: widen the quote to include it`);
    }
    if (!matched.has(i) && text.includes(link.cue)) {
      out.add('speaker-not-in-scope', file, `${st.path}.speaker[${i}].cue`, `"${link.party} ${link.cue}" does not report ${preview(st.value, 60)} ${where}: no reporting cue "${link.cue}" there covers it`);
    }
  });
  const order = f.speaker.map((_, i) => matched.get(i));
  for (let i = 0; i + 1 < order.length; i++) {
    const [outer, inner2] = [order[i], order[i + 1]];
    if (outer && inner2 && relaysOver(inner2, outer, text)) {
      out.add('relay-order', file, `${st.path}.speaker`, `"${f.speaker[i + 1]!.party} ${inner2.text}" relays "${f.speaker[i]!.party} ${outer.text}" ${where}: list the outer report first`);
    }
  }

  // Negations, hedges, modals and likenesses that cover the value from outside must be declared.
  const declared = new Map<number, CueMatch>();
  for (const cue of covering.filter((c) => c.kind !== 'report' || counters.has(c))) {
    const i = f.cues.findIndex((d) => declares(d, cue, text));
    if (i !== -1) {
      declared.set(i, cue);
      continue;
    }
    const counter = counters.has(cue);
    // A side of a difference need not repeat a counter-claim that another side of it quotes.
    if (counter && st.shownBeside.some((r) => r.source === citation.source && r.start <= cue.start + block.start && cue.end + block.start <= r.end)) continue;
    const negation = cue.kind === 'negation' || counter;
    const what = counter ? `the counter-claim "${speakerWords(cue)}"` : `the ${cue.kind} "${cue.text}"`;
    fixable.push({ rule: negation ? 'negation-dropped' : 'hedge-dropped', path: st.valuePath, message: `${preview(st.value, 60)} is covered by ${what} ${around(cue)}: make it part of the value or declare it in "cues"` });
  }
  f.cues.forEach((cue, i) => {
    if (!citation.quote.includes(cue)) out.add('cue-not-in-quote', file, `${st.path}.cues[${i}]`, `"${cue}" is not in the cited quote ${preview(citation.quote)}`);
    else if (!declared.has(i)) out.add('cue-not-in-scope', file, `${st.path}.cues[${i}]`, `"${cue}" is not a negation, hedge, modal or likeness whose scope covers ${preview(st.value, 60)} ${where}`);
  });

  // The declared certainty and polarity are what the cues make them, in the value or around it.
  const shaping = [...covering, ...inner].filter((c) => c.kind !== 'report');
  // A counter-claim is shown beside the words; it does not change what their speaker holds.
  // A belief or a speculation ("officials believe", "bloggers speculate") holds its words probable or possible.
  const hedges = [...shaping, ...[...matched.values()].filter((c) => !c.negative)].filter((c) => c.level);
  const lowest = hedges.reduce<CueMatch | undefined>((low, c) => (!low || rank(c.level!) < rank(low.level!) ? c : low), undefined);
  const certainty = lowest?.level ?? 'certain';
  if (certainty !== f.certainty) {
    const why = lowest ? `the ${lowest.kind} "${lowest.text}" makes it ${certainty} ${around(lowest)}` : `no hedge or modal covers it, so it is certain ${where}`;
    fixable.push({ rule: 'certainty-mismatch', path: `${st.path}.certainty`, message: `declared "${f.certainty}", but ${why}` });
  }
  const negations = [...shaping.filter((c) => c.negative), ...[...matched.values()].filter((c) => c.negative)];
  const polarity = negations.length % 2 === 1 ? 'negative' : 'positive';
  if (polarity !== f.polarity) {
    const why = negations.length > 0 ? `of ${negations.map((c) => `"${c.text}"`).join(', ')}` : 'no negation covers it';
    fixable.push({ rule: 'polarity-mismatch', path: `${st.path}.polarity`, message: `declared "${f.polarity}", but it is ${polarity} because ${why} ${where}` });
  }
  // One fix for them all: the chain of every report that covers the value (outermost first, each
  // with the noun phrase it attributes the words to), the cues declared, the certainty and
  // polarity the cues give. The verifier tries it before a message suggests it.
  const outerFirst = [...needed].sort((a, b) => (relaysOver(a, b, text) ? -1 : relaysOver(b, a, text) ? 1 : a.start - b.start));
  const missingCues = covering.filter((c) => (c.kind !== 'report' || counters.has(c)) && !f.cues.some((d) => declares(d, c, text)));
  const chain = outerFirst.map((c) => {
    const i = [...matched].find(([, m]) => m === c)?.[0];
    return i !== undefined ? f.speaker[i]! : { party: c.speaker?.text ?? '', cue: c.text };
  });
  // A report word of the lexicon that the engine did not read as a report of this value, in the
  // value or before it in its sentence, means the engine may not have understood whose words these
  // are: it then explains and suggests nothing.
  const sentence = sentenceOf(value);
  const unread = [...text.slice(sentence.start, value.end).matchAll(REPORT_WORDS)].some((m) => {
    const at = sentence.start + m.index;
    return !cues.some((c) => c.kind === 'report' && c.start <= at && at < c.end && (needed.includes(c) || counters.has(c)));
  });
  const fix: StatementFix | undefined =
    unnamed === undefined && !unread && fixable.length > 0
      ? {
          statement: st.path,
          patch: {
            speaker: chain,
            cues: [...f.cues, ...missingCues.map((c) => (counters.has(c) ? (f.cues.find((d) => declares(d, c, text)) ?? c.text) : c.text))],
            certainty,
            polarity,
          },
        }
      : undefined;
  for (const v of fixable) {
    const explain = unnamed && (v.rule === 'speaker-article' || v.rule === 'relay-dropped')
      ? `; no fix is suggested: the words before "${unnamed.text}" do not read as one noun phrase that names who reports, so the curator must say who it is (or declare an override)`
      : '';
    out.add(v.rule, file, v.path, `${v.message}${explain}`, fix);
  }
  return [
    ...inner.map((c) => ({ text: c.text, kind: c.kind, start: c.start - value.start, end: c.end - value.start })),
    ...[...declared].map(([i, c]) => ({ text: f.cues[i]!, kind: c.kind })),
  ];
}

const byBlock = new WeakMap<readonly Mention[], Map<string, Mention[]>>();

/** The mentions of each entry in each block, filed once per list (every entry is checked against the same list). */
function mentionsByBlock(mentions: readonly Mention[]): Map<string, Mention[]> {
  let filed = byBlock.get(mentions);
  if (!filed) {
    filed = new Map();
    for (const m of mentions) {
      const key = `${m.entry}\u0000${m.source}\u0000${m.block}`;
      filed.set(key, [...(filed.get(key) ?? []), m]);
    }
    byBlock.set(mentions, filed);
  }
  return filed;
}

/**
 * Checks that every fact, relation and side of a difference of an entry keeps its passage's
 * meaning: each negation, hedge, modal or likeness whose scope covers its words is part of them
 * or declared; each report that attributes them ("X claimed", "according to X") is a link of
 * the speaker chain, naming the one the passage names, outermost first; and the declared
 * certainty and polarity are those the cues give. Only citations whose quote contains the
 * statement's words are checked (a fact's value must be in one of them).
 *
 * @returns for each fact, the cue words inside its value as found in its first quote that holds it.
 */
export function checkFactuality(
  checked: CheckedEntry,
  sources: ReadonlyMap<string, SourceRecord>,
  mentions: readonly Mention[],
  analyse: Analyse,
  out: ViolationList,
): ValueCue[][] {
  const ctx: Context = { file: checked.file, entry: checked.entry, out, analyse };
  const factCues: ValueCue[][] = checked.entry.facts.map(() => []);
  for (const st of listStatements(checked.entry)) {
    let first = true;
    for (const path of st.citationPaths) {
      const citation = checked.resolved.get(path);
      if (!citation || !citation.quote.includes(st.value)) continue;
      const block = sources.get(citation.source)?.blocks.find((b) => b.id === citation.block);
      if (!block) continue;
      const names = (mentionsByBlock(mentions).get(`${checked.entry.slug}\u0000${citation.source}\u0000${block.id}`) ?? []).map((m) => ({
        start: m.start - block.start,
        end: m.end - block.start,
      }));
      const shownBeside = st.siblingPaths.flatMap((p) => checked.resolved.get(p) ?? []);
      const found = checkAgainstPassage(ctx, { ...st, shownBeside }, citation, block, names);
      const fact = /^facts\[(\d+)\]$/.exec(st.path);
      if (fact && first) factCues[Number(fact[1])] = found;
      first = false;
    }
  }
  return factCues;
}
