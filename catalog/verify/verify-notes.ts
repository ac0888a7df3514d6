/**
 * The catalog's own words (curator notes, the reasons of overrides and exclusions) may describe what a source says
 * only with the source's certainty: a note that borrows a passage's words from within the scope
 * of "said", "would" or "did not" must carry that cue too.
 */
import { analysePassage, scopeCovers, type CueMatch } from '../text/cue-scope';
import { tagTerms, type Term } from '../text/tag-terms';
import { findDesignations } from '../text/designations';
import { nounPhraseBefore } from '../text/party';
import { splitSentences } from '../text/sentences';
import type { Block, SourceRecord } from '../schema/derived';
import type { CheckedEntry } from './verify-entries';
import type { createPassageAnalyser } from './verify-factuality';
import type { ViolationList } from './violations';
import { listStatements } from './statements';

const STOPWORDS = new Set(
  'a an the of to in on at for with by from and or as is are was were be been it its this that these those which who their his her they them he she also than then into over about'.split(' '),
);
/** Each source's blocks by id, built once: a long source has tens of thousands. */
const blockIndex = new WeakMap<SourceRecord, Map<string, SourceRecord['blocks'][number]>>();
function findBlock(source: SourceRecord | undefined, id: string) {
  if (!source) return undefined;
  let index = blockIndex.get(source);
  if (!index) blockIndex.set(source, (index = new Map(source.blocks.map((b) => [b.id, b]))));
  return index.get(id);
}

/** Shortest run of shared words that counts as borrowing. */
const MIN_RUN = 3;

interface Token {
  word: string;
  start: number;
  end: number;
}

/** A word without its common endings, so that "denial" uses "denied" and "accusation" "accused". */
const stem = (word: string) => word.toLowerCase().replace(/(?:ations?|ions?|als?|ed|ing|s|ly)$/u, '');

const tokenize = (text: string): Token[] =>
  [...text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((m) => ({ word: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length }));

/** A passage's words with where each word stands, read once per text. */
const passageWords = new Map<string, { tokens: Token[]; at: Map<string, number[]> }>();
function wordsOf(text: string): { tokens: Token[]; at: Map<string, number[]> } {
  let known = passageWords.get(text);
  if (!known) {
    const tokens = tokenize(text);
    const at = new Map<string, number[]>();
    tokens.forEach((t, j) => at.set(t.word, [...(at.get(t.word) ?? []), j]));
    passageWords.set(text, (known = { tokens, at }));
  }
  return known;
}

/** Runs of at least MIN_RUN words that `note` shares with `passage`, with content words in them. */
function sharedRuns(note: Token[], passageText: string, nameWords: ReadonlySet<string>): { start: number; end: number; text: string }[] {
  const { tokens: passage, at } = wordsOf(passageText);
  const runs: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i < note.length; i++) {
    for (const j of at.get(note[i]!.word) ?? []) {
      if (i > 0 && j > 0 && note[i - 1]!.word === passage[j - 1]!.word) continue;
      let n = 0;
      while (i + n < note.length && j + n < passage.length && note[i + n]!.word === passage[j + n]!.word) n++;
      if (n < MIN_RUN) continue;
      const words = passage.slice(j, j + n);
      const content = words.filter((t) => !STOPWORDS.has(t.word) && !nameWords.has(t.word));
      if (content.length > 0) runs.push({ start: words[0]!.start, end: words.at(-1)!.end, text: words.map((t) => t.word).join(' ') });
    }
  }
  return runs;
}

/**
 * Checks an entry's notes and difference headings against the passages it cites: where one
 * repeats three or more words of a passage (not only names and small words) that lie in the
 * scope of a negation, hedge, modal, likeness or report, it must also use that cue's words.
 */
export function checkNotes(
  checked: CheckedEntry,
  sources: ReadonlyMap<string, SourceRecord>,
  nameWords: ReadonlySet<string>,
  analyse: ReturnType<typeof createPassageAnalyser>,
  out: ViolationList,
): void {
  const { entry, file, resolved } = checked;
  const own = [
    ...entry.notes.map((text, i) => ({ path: `notes[${i}]`, text })),
    ...listStatements(entry).flatMap((st) => st.factuality.overrides.map((o, k) => ({ path: `${st.path}.overrides[${k}].reason`, text: o.reason }))),
  ];
  if (own.length === 0) return;
  const blocks = new Map([...resolved.values()].map((r) => [`${r.source}#${r.block}`, findBlock(sources.get(r.source), r.block)]));
  for (const { path, text } of own) {
    // Words in quotation marks are the passage's, quoted: only the note's own words are held to its cues.
    const quoted = [...text.matchAll(/“[^”]*”|"[^"]*"/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const noteTokens = tokenize(text).filter((t) => !quoted.some((q) => q.start <= t.start && t.end <= q.end));
    const reported = new Set<string>();
    for (const [key, block] of blocks) {
      if (!block) continue;
      const { cues } = analyse(block);
      for (const run of sharedRuns(noteTokens, block.text, nameWords)) {
        for (const cue of cues) {
          const insideRun = run.start <= cue.start && cue.end <= run.end;
          if (insideRun || !scopeCovers(cue, run)) continue;
          const used = new Set(noteTokens.map((t) => stem(t.word)));
          if (tokenize(cue.text).every((t) => used.has(stem(t.word))) || reported.has(`${cue.text}|${run.text}`)) continue;
          reported.add(`${cue.text}|${run.text}`);
          const who = cue.speaker ? ` ("${cue.speaker.text} ${cue.text}")` : '';
          out.add(
            'note-drift',
            file,
            path,
            `"${text}" repeats "${run.text}" from ${key.replace('#', ' ')}, where the ${cue.kind} "${cue.text}"${who} covers those words: say it with the source's "${cue.text}"`,
          );
        }
      }
    }
  }
}

/**
 * The catalog's words about itself: the only content words its own text may use that its
 * passages need not. Each names a part of the catalog or of a source, or how the two stand to
 * each other; none says what a weapon is, does, or is said to be. Kept short on purpose: a word
 * added here is a word a note may use without any passage behind it.
 */
export const META_WORDS: readonly string[] = [
  // the catalog and its parts
  'catalog', 'catalogue', 'catalogued', 'entry', 'entries', 'system', 'note', 'reading', 'read', 'reason',
  // a source and its parts
  'article', 'source', 'passage', 'quote', 'quotation', 'sentence', 'paragraph', 'caption', 'photo', 'headline', 'body', 'text', 'word', 'wording', 'designation', 'print',
  // how the catalog speaks of them
  'refer', 'point', 'name', 'mention', 'cite', 'call', 'speak', 'keep', 'cover', 'gather', 'list', 'compare', 'group', 'exactly', 'exact',
  // order and sameness among passages and entries
  'same', 'different', 'differently', 'other', 'earlier', 'later', 'before', 'after', 'first', 'second', 'both', 'one', 'each', 'also', 'together', 'here',
];

/** Words without content of their own, whatever the tagger says: read through, never checked. */
const FUNCTION_WORDS = new Set(
  'a an the of to in on at for with by from and or but as is are was were be been being am it its this that these those which who whom whose what their his her they them he she we us our you your also than then into over about there so such very'.split(' '),
);
/** Negation words: held to the passages' negations, never read through. */
const NEGATION_WORDS = new Set(['not', "n't", 'no', 'never', 'neither', 'nor', 'none', 'nothing', 'nobody', 'nowhere', 'without']);

const IRREGULAR: Record<string, string> = { said: 'say', says: 'say', told: 'tell', tells: 'tell', wrote: 'write', shown: 'show', showed: 'show', denied: 'deny', denies: 'deny', denial: 'deny' };
/** Stems found so far, by word: a passage's words are mostly words other passages have. */
const lemmas = new Map<string, string>();
/** A word's stem for comparing a note with its passages: "claims" and "claimed" agree, "said" and "says". */
const lemma = (word: string) => {
  let found = lemmas.get(word);
  if (found === undefined) {
    const w = word.toLowerCase().replace(/’/g, "'").replace(/'s$/u, '');
    lemmas.set(word, (found = IRREGULAR[w] ?? stem(w).replace(/i$/u, 'y').replace(/e$/u, '')));
  }
  return found;
};

/** The forms a word may be found under: as written, its dictionary form, its stem. */
function keysOf(t: Pick<Term, 'text' | 'lemma'>, name = false): string[] {
  const lower = t.text.toLowerCase().replace(/’/g, "'").replace(/'s$/u, '');
  // A name or designation only as printed: "Hwasong-18s" (the ones Kyodo News claimed they
  // appeared to be) is not "the Hwasong-18" of another sentence.
  if (name) return [lower];
  const key = `${lower}\u0000${t.lemma ?? lower}`;
  let keys = wordKeys.get(key);
  if (!keys) wordKeys.set(key, (keys = [...new Set([lower, t.lemma ?? lower, lemma(lower)])]));
  return keys;
}
/** The forms of each word and dictionary form met so far. */
const wordKeys = new Map<string, string[]>();

const META = new Set(META_WORDS.flatMap((w) => keysOf({ text: w })));

/** A content word: a noun, verb, adjective, adverb, numeral or name — not a determiner, pronoun, auxiliary or link word. */
function isContent(t: Term, sentenceInitial: boolean): boolean {
  const lower = t.text.toLowerCase().replace(/[’']s$/u, '');
  if (NEGATION_WORDS.has(lower) || t.tags.has('Negative')) return false;
  if (/^\p{Lu}/u.test(t.text) && !sentenceInitial) return true;
  if (t.tags.has('ProperNoun') || t.tags.has('Value') || t.tags.has('Modal')) return true;
  if (/\d/u.test(t.text)) return true;
  if (FUNCTION_WORDS.has(lower)) return false;
  if (t.tags.has('Determiner') || t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('Pronoun') || t.tags.has('Auxiliary')) return false;
  return true;
}

/** Relative and spelled dates: held to the passages as whole phrases ("last year", "that day", "mid-December"). */
const DATE_PHRASE = new RegExp(
  [
    String.raw`\b(?:mid|early|late)[-\s]+\p{L}+`,
    String.raw`\b(?:last|next|this|that|past|previous|coming|following|same|the\s+(?:same|next|following|previous))\s+(?:day|night|morning|evening|week|weekend|month|year|decade|century|spring|summer|autumn|fall|winter)s?\b`,
    String.raw`\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:ago|later|earlier|after|before)\b`,
    String.raw`\b(?:yesterday|today|tomorrow|tonight)\b`,
  ].join('|'),
  'giu',
);

/** What links two names as one thing: a copula, "the same … as", "identical to", "a copy of", "the … double". */
const IDENTITY_LINK = /^\s*,?\s*(?:(?:is|are|was|were|be|been|being|became|become|becomes|remains?|remained)\s+(?:also\s+|in\s+fact\s+|really\s+)?(?:(?:the|a|an)\s+)?(?:(?:same|identical|very)\s+(?:[\p{L}-]+\s+){0,3}?(?:as|to)\s+(?:the\s+)?|(?:copy|clone|double|version|twin)\s+of\s+(?:the\s+)?)?|(?:,\s*)?(?:also\s+)?(?:known|called|named)\s+(?:as\s+)?(?:the\s+)?)$/iu;

/** Spans in quotation marks, with the words between them. */
const quotations = (text: string) =>
  [...text.matchAll(/“([^”]*)”|"([^"]*)"|‘([^’]*(?:’\p{L}[^’]*)*)’/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, inner: (m[1] ?? m[2] ?? m[3] ?? '').trim() }));

const normalise = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();

/** A passage a note speaks of: where it is (shown in messages) and its words. */
export interface OwnWordsPassage {
  where: string;
  text: string;
  /** The source and block the text is, when it is a block of a source (for reading what its words are said of). */
  source?: string;
  block?: Block;
}

interface Occurrence {
  passage: OwnWordsPassage;
  start: number;
  end: number;
}

/** Every word of a passage by each of its forms, found once per passage text. */
const passageIndex = new Map<string, Map<string, { start: number; end: number }[]>>();
function indexPassage(text: string): Map<string, { start: number; end: number }[]> {
  let index = passageIndex.get(text);
  if (!index) {
    index = new Map();
    for (const t of tagTerms(text)) {
      for (const k of keysOf(t)) {
        const list = index.get(k);
        if (list) list.push({ start: t.start, end: t.end });
        else index.set(k, [{ start: t.start, end: t.end }]);
      }
    }
    passageIndex.set(text, index);
  }
  return index;
}

const cueWords = (text: string) => text.toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean).map(lemma);

/** The content words of a party's name ("Japan’s Kyodo News" → japan, kyodo, news), for finding it again in a note. */
const partyWords = (text: string) => text.toLowerCase().replace(/[’']s\b/gu, '').split(/[^\p{L}\p{N}-]+/u).filter((w) => w && !FUNCTION_WORDS.has(w));

/**
 * Whether the note carries `cue` of a passage over its word at `span`: a cue of the same kind in
 * the note whose scope covers the word — any negation for a negation; the same words for a
 * hedge, modal, likeness or report, and for a report also a word of the same party, where the
 * passage names one.
 */
function carries(note: string, noteCues: readonly CueMatch[], cue: CueMatch, span: { start: number; end: number }): boolean {
  const own = noteCues.filter((c) => c.kind === cue.kind && scopeCovers(c, span));
  if (cue.kind === 'negation') return own.length > 0;
  const words = cueWords(cue.text).join(' ');
  const same = own.filter((c) => cueWords(c.text).join(' ') === words);
  if (same.length === 0) return false;
  if (cue.kind !== 'report' || !cue.speaker) return true;
  const party = partyWords(cue.speaker.text).filter((w) => !/^(?:its|their|his|her|they|he|she|it|who|which)$/u.test(w));
  if (party.length === 0) return true;
  const noteWords = new Set(note.toLowerCase().replace(/[’']s\b/gu, '').split(/[^\p{L}\p{N}-]+/u));
  return party.some((w) => noteWords.has(w));
}

const describeCue = (cue: CueMatch) => `the ${cue.kind} "${cue.text}"${cue.kind === 'report' && cue.speaker ? ` (${cue.speaker.text})` : ''}`;

/**
 * Checks the catalog's own words — notes, exclusion reasons, override reasons — against the
 * passages they speak of (an entry's cited passages; for an exclusion, the excluded passage and
 * the entry's quotes) as a whitelist:
 * - every content word (noun, verb, adjective, adverb, numeral, name, modal) is a word of those
 *   passages, a word of META_WORDS, or a word of the entry's own name, aliases or category;
 *   a name is a name of the passages whether or not it starts the sentence, and a designation is
 *   checked whole, with its digits;
 * - words in quotation marks are the passages' own, and must be printed there verbatim;
 * - a word the passages use only where a negation, hedge, modal, likeness or report governs it
 *   may stand only under the same cue in the note (`note-drift`): "did not identify" may not
 *   become "identified", "Kyodo News claimed they appeared to be Hwasong-18s" not "they were";
 * - a negation in the note must negate words the passages negate;
 * - a relative date ("last year", "that day", "mid-December") is printed in the passages as it is;
 * - a number is printed as a number in the passages, not as digits of a designation.
 * Messages name the word and why it is refused; they suggest no rewording.
 */
/**
 * Where a catalogued name stands in `text` as a word, case aside: before "entry" ("the Hwasong-17
 * entry"), or as a name with a plural or possessive. Plain string search: a catalog of thousands
 * of names would otherwise compile a pattern for each.
 */
function nameAt(text: string, name: string, as: 'entry' | 'name'): { start: number; end: number }[] {
  const lower = text.toLowerCase();
  const n = name.toLowerCase();
  const found: { start: number; end: number }[] = [];
  if (n.length === 0) return found;
  for (let at = lower.indexOf(n); at !== -1; at = lower.indexOf(n, at + 1)) {
    if (at > 0 && /[\p{L}\p{N}-]/u.test(lower[at - 1]!)) continue;
    let end = at + n.length;
    if (as === 'entry') {
      if (!/^\s+entry(?![\p{L}\p{N}_])/u.test(lower.slice(end))) continue;
    } else {
      end += /^(?:s|’s|'s)(?![\p{L}\p{N}-])/u.exec(lower.slice(end))?.[0].length ?? 0;
      if (/^[\p{L}\p{N}-]/u.test(lower.slice(end))) continue;
    }
    found.push({ start: at, end });
  }
  return found;
}

/** The catalogued systems whose names occur in `text` at all (a cheap look before any pattern is run). */
/**
 * Catalogued names as distinct strings, each with the entries it names, indexed by its first four
 * letters (shorter names apart); built once per catalog.
 */
const nameIndex = new WeakMap<readonly object[], { byPrefix: Map<string, string[]>; short: string[]; entries: Map<string, number[]> }>();
const PREFIX = 4;
function catalogNamesIn<T extends { names: readonly string[] }>(text: string, catalogNames: readonly T[]): T[] {
  let index = nameIndex.get(catalogNames);
  if (!index) {
    const entries = new Map<string, number[]>();
    catalogNames.forEach(({ names }, i) => {
      for (const n of new Set(names.map((x) => x.toLowerCase()))) entries.set(n, [...(entries.get(n) ?? []), i]);
    });
    const byPrefix = new Map<string, string[]>();
    const short: string[] = [];
    for (const n of entries.keys()) {
      if (n.length < PREFIX) short.push(n);
      else byPrefix.set(n.slice(0, PREFIX), [...(byPrefix.get(n.slice(0, PREFIX)) ?? []), n]);
    }
    nameIndex.set(catalogNames, (index = { byPrefix, short, entries }));
  }
  const lower = text.toLowerCase();
  const candidates = new Set(index.short);
  // Every place a name may start: the text's start and each character after a space or mark.
  for (let at = 0; at < lower.length; at++) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(lower[at - 1]!)) continue;
    for (const n of index.byPrefix.get(lower.slice(at, at + PREFIX)) ?? []) candidates.add(n);
  }
  const found = new Set<number>();
  for (const n of candidates) if (lower.includes(n)) for (const i of index.entries.get(n)!) found.add(i);
  return [...found].sort((a, b) => a - b).map((i) => catalogNames[i]!);
}


export function checkOwnWords(
  file: string,
  path: string,
  text: string,
  passages: readonly OwnWordsPassage[],
  entryWords: readonly string[],
  systems: {
    named: (text: string) => string[];
    inPassages: ReadonlySet<string>;
    catalogNames: readonly { name: string; names: readonly string[] }[];
    /** For a note or an override's reason: the entry's name; they speak of its system only, and name another only as its entry or in a quotation. */
    onlyOf?: string;
    /**
     * The names of the systems a passage says the words at `span` of (its phrase, its clause, what
     * it describes), or undefined where the sentence cannot be read.
     */
    saidOf?: (passage: OwnWordsPassage, span: { start: number; end: number }) => readonly string[] | undefined;
  },
  out: ViolationList,
): void {
  const passageText = normalise(passages.map((p) => p.text).join('\n'));
  const own = new Set(entryWords.flatMap((n) => n.split(/[^\p{L}\p{N}-]+/u)).filter(Boolean).flatMap((w) => keysOf({ text: w })));
  const quoted = quotations(text);
  const inQuote = (t: { start: number; end: number }) => quoted.some((q) => q.start <= t.start && t.end <= q.end);
  const problems: string[] = [];
  const drift: string[] = [];

  // Quotations: verbatim in a passage.
  for (const q of quoted) if (q.inner && !passageText.includes(normalise(q.inner).replace(/[.,;:]$/u, ''))) problems.push(`quotes “${q.inner}”, which no passage prints`);

  // "the Hwasong-17 entry": a name that names an entry of the catalog, not what a passage says of the system.
  const named = catalogNamesIn(text, systems.catalogNames);
  // Only the names the text holds at all are looked for with their patterns.
  const lowerText = text.toLowerCase();
  const present = (n: string) => lowerText.includes(n.toLowerCase());
  const entryRefs = [...new Set(named.flatMap(({ names }) => names.filter(present)))].flatMap((n) => nameAt(text, n, 'entry'));
  const terms = tagTerms(text);
  // The note's cues are read with its quotation marks blanked (offsets kept): a cue it quotes
  // ("noted the UAVs “appeared similar to” the Global Hawk") governs the words after the quote.
  const noteCues = analysePassage(text.replace(/[“”"‘]|’(?!\p{L})/gu, ' ')).cues;
  const sentenceStarts = new Set(splitSentences(text).map((s) => s.start));
  // The note's clauses: its sentences, cut again at a semicolon or a colon outside quotation marks.
  const clauseEnds = [...splitSentences(text).map((s) => s.end), ...[...text.matchAll(/[;:]/gu)].filter((m) => !inQuote({ start: m.index, end: m.index + 1 })).map((m) => m.index)].sort((a, b) => a - b);
  const clauseOf = (at: number) => clauseEnds.findIndex((e) => at < e);
  const startsSentence = (t: Term, i: number) => i === 0 || [...sentenceStarts].some((s) => /^[\s“"‘(]*$/u.test(text.slice(s, t.start))) || /[.;:!?]\s*[“"‘(]?$/u.test(text.slice(0, t.start));
  const isName = (t: Term) => /\d/u.test(t.text) || (/^\p{Lu}/u.test(t.text) && (t.tags.has('ProperNoun') || !startsSentence(t, terms.indexOf(t))));
  const occurrences = (t: Term): Occurrence[] => {
    const keys = keysOf(t, isName(t));
    return passages.flatMap((p) => {
      const index = indexPassage(p.text);
      const found = new Map<number, Occurrence>();
      for (const k of keys) for (const o of index.get(k) ?? []) found.set(o.start, { passage: p, ...o });
      return [...found.values()];
    });
  };

  /** Whether a content word is the catalog's own (a word about the catalog and its sources) or names this entry's system. */
  const isOwnOrMeta = (u: Term) => keysOf(u).some((k) => META.has(k) || own.has(k));
  /**
   * A word about the catalog used as a verb of something else ("United Nations officials named
   * the Hwasong-18"): the noun phrase it follows holds a content word that is neither about the
   * catalog nor this entry's name. It then says something of the world and is held to the passages.
   */
  const saysOfWorld = (t: Term, i: number) => {
    const before = terms[i - 1];
    // A verb right after its subject: not after an auxiliary ("is compared"), nor sentence-initial ("Named in …").
    if (!t.tags.has('Verb') || t.tags.has('Auxiliary') || !before || before.tags.has('Verb')) return undefined;
    const phrase = nounPhraseBefore(text, clauseEnds[clauseOf(t.start) - 1] ?? 0, before.end);
    if (!phrase || phrase.end !== before.end) return undefined;
    // Words of the subject about the world: not quoted (the passages' words, which the catalog
    // speaks of), not an entry's name used as its entry, not the catalog's or this system's.
    const worldly = terms.filter(
      (u, k) =>
        u.start >= phrase.start && u.end <= phrase.end && !inQuote(u) && !entryRefs.some((r) => r.start <= u.start && u.end <= r.end) && isContent(u, startsSentence(u, k)) && !isOwnOrMeta(u),
    );
    return worldly.length > 0 ? phrase.text : undefined;
  };
  /** The content words that the passages say, with where they say them, by the note's clause. */
  const placed: { t: Term; clause: number; at: Occurrence[] }[] = [];

  terms.forEach((t, i) => {
    if (inQuote(t) || !isContent(t, startsSentence(t, i)) || entryRefs.some((r) => r.start <= t.start && t.end <= r.end)) return;
    const keys = keysOf(t);
    const ofWorld = keys.some((k) => META.has(k)) ? saysOfWorld(t, i) : undefined;
    const meta = keys.some((k) => META.has(k)) && ofWorld === undefined;
    const ofEntry = keys.some((k) => own.has(k));
    const found = occurrences(t);
    const name = /^\p{Lu}/u.test(t.text) && !startsSentence(t, i);
    if (found.length === 0) {
      if ((meta || ofEntry) && !name && !/\d/u.test(t.text)) return;
      if (ofEntry && name) return;
      problems.push(ofWorld ? `"${t.text}" is said of "${ofWorld}", not of the catalog or its sources, and is a word of none of its passages` : `"${t.text}" is a word of none of its passages`);
      return;
    }
    if (meta || ofEntry) return;
    // A word the passages say only of other systems ("hypersonic glide vehicle-mounted" of the
    // Hwasong-12) is not the note's to say of this one.
    const { onlyOf, saidOf } = systems;
    // Who reports, and the reporting words, are said of no system.
    const reporting = (o: Occurrence) =>
      analysePassage(o.passage.text).cues.some((c) => c.kind === 'report' && [c, c.speaker ?? c.partyHint].some((x) => x && x.start <= o.start && o.end <= x.end));
    const ours = onlyOf && saidOf ? found.filter((o) => { if (reporting(o)) return true; const owners = saidOf(o.passage, o); return !owners || owners.length === 0 || owners.includes(onlyOf); }) : found;
    if (ours.length === 0) {
      const others = [...new Set(found.flatMap((o) => saidOf!(o.passage, o) ?? []))];
      problems.push(`"${t.text}" is said in its passages only of ${others.join(' and ')}, not of ${onlyOf}`);
      return;
    }
    placed.push({ t, clause: clauseOf(t.start), at: ours });
    // A word the passages only use under a cue: the note must carry that cue over it.
    const governing = ours.map((o) => ({ o, cues: analysePassage(o.passage.text).cues.filter((c) => scopeCovers(c, o)) }));
    if (governing.some((g) => g.cues.every((c) => carries(text, noteCues, c, t)))) return;
    const g = governing[0]!;
    const missing = g.cues.filter((c) => !carries(text, noteCues, c, t));
    drift.push(`"${t.text}": ${g.o.passage.where} uses it only where ${missing.map(describeCue).join(' and ')} governs it${governing.length > 1 ? ', as do its other passages' : ''}, and the note does not carry that cue over it`);
  });

  // Clauses: what one clause of the note says together, one sentence of a passage says together.
  // "The reconnaissance variant was firing missiles" joins two sentences' words (the variants
  // displayed; the combat drone firing missiles) into a statement neither makes.
  const sentencesOf = new Map<OwnWordsPassage, { start: number; end: number }[]>();
  const inOneSentence = (o: Occurrence) => {
    let sentences = sentencesOf.get(o.passage);
    if (!sentences) sentencesOf.set(o.passage, (sentences = splitSentences(o.passage.text)));
    return sentences.find((s) => s.start <= o.start && o.end <= s.end);
  };
  // A report that governs a sentence from another ("“…,” Voice of America reported.") speaks with
  // it: its reporting words and its party count as words of that sentence.
  const spansWith = (passage: OwnWordsPassage, sentence: { start: number; end: number }) => [
    sentence,
    ...analysePassage(passage.text)
      .cues.filter((c) => c.kind === 'report' && c.scope.some((x) => x.start < sentence.end && sentence.start < x.end))
      .flatMap((c) => [c, c.speaker ?? c.partyHint].filter((x): x is { start: number; end: number } => !!x)),
  ];
  for (const clause of new Set(placed.map((p) => p.clause))) {
    const words = placed.filter((p) => p.clause === clause);
    if (words.length < 2) continue;
    // The names among them (places, parties, people), in the note's order: who did what to whom.
    const names = words.filter((w) => isName(w.t));
    /** Whether the names stand in the sentence in the note's order, each after the one before. */
    const inOrder = (passage: OwnWordsPassage, sentence: { start: number; end: number }) => {
      let after = sentence.start;
      for (const w of names) {
        const inside = w.at.filter((x) => x.passage === passage && sentence.start <= x.start && x.end <= sentence.end);
        // A name said only by the report that governs the sentence from another has no place in it.
        if (inside.length === 0) continue;
        const next = inside.filter((x) => x.start >= after).sort((a, b) => a.start - b.start)[0];
        if (!next) return false;
        after = next.end;
      }
      return true;
    };
    let together = false;
    let ordered = false;
    for (const o of words.flatMap((w) => w.at)) {
      const sentence = inOneSentence(o);
      if (!sentence) continue;
      const spans = spansWith(o.passage, sentence);
      if (!words.every((w) => w.at.some((x) => x.passage === o.passage && spans.some((sp) => sp.start <= x.start && x.end <= sp.end)))) continue;
      together = true;
      if (inOrder(o.passage, sentence)) {
        ordered = true;
        break;
      }
    }
    if (!together) problems.push(`${words.map((w) => `"${w.t.text}"`).join(', ')} stand together in no one sentence of its passages: one clause of the catalog's own words may not join what the passages say apart`);
    else if (!ordered) problems.push(`${names.map((w) => `"${w.t.text}"`).join(', ')} stand in no sentence of its passages in this order: the catalog's own words may not change who does what to whom (quote the sentence instead)`);
  }

  // Negations: over words the passages negate.
  for (const cue of noteCues.filter((c) => c.kind === 'negation')) {
    const scoped = terms.filter((t, i) => scopeCovers(cue, t) && !inQuote(t) && isContent(t, startsSentence(t, i)) && !keysOf(t).some((k) => META.has(k)));
    const unnegated = scoped.filter((t) => !occurrences(t).some((o) => analysePassage(o.passage.text).cues.some((c) => c.kind === 'negation' && scopeCovers(c, o))));
    if (scoped.length === 0) problems.push(`the negation "${cue.text}" negates no word the passages negate`);
    else if (unnegated.length > 0) problems.push(`the negation "${cue.text}" negates ${unnegated.map((t) => `"${t.text}"`).join(', ')}, which no passage negates`);
  }
  for (const t of terms) {
    const lower = t.text.toLowerCase();
    if (NEGATION_WORDS.has(lower) && !noteCues.some((c) => c.kind === 'negation' && c.start <= t.start && t.end <= c.end) && !inQuote(t)) {
      if (!passageText.match(new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u'))) problems.push(`the negation "${t.text}" is in none of its passages`);
    }
  }

  // Identity: the catalog's own words never say that one catalogued system is another ("the
  // new UAV is the same aircraft as the Global Hawk", "this ICBM was the Hwasong-17"); where a
  // passage says so, a relation cites it and the verifier reads it there.
  // Each place a name stands, once, with every entry that name belongs to (entries may share a name).
  const at = new Map<string, { start: number; end: number; names: Set<string> }>();
  const matched = new Map<string, { start: number; end: number }[]>();
  for (const { name, names } of named) {
    for (const n of names.filter(present)) {
      let found = matched.get(n);
      if (!found) matched.set(n, (found = nameAt(text, n, 'name')));
      for (const f of found) {
        const key = `${f.start}:${f.end}`;
        at.set(key, at.get(key) ?? { ...f, names: new Set() });
        at.get(key)!.names.add(name);
      }
    }
  }
  const spans = [...at.values()];
  // A note speaks of its own system: another catalogued system is named only as its entry ("the
  // Hwasong-17 entry") or inside a quotation. What a passage says of another system belongs on
  // that system's entry, where the verifier reads it against its passage.
  if (systems.onlyOf !== undefined) {
    for (const span of spans) {
      if (span.names.has(systems.onlyOf) || inQuote(span) || entryRefs.some((r) => r.start < span.end && span.start < r.end)) continue;
      problems.push(`it names "${text.slice(span.start, span.end)}" (${[...span.names].join(', ')}), another catalogued system: the catalog's own words speak only of ${systems.onlyOf}, and name another system only as its entry ("the ${[...span.names][0]} entry") or in a quotation`);
    }
  }
  for (const a of spans) {
    for (const b of spans) {
      if (b.start < a.end || [...a.names].some((n) => b.names.has(n))) continue;
      const between = text.slice(a.end, b.start);
      if (inQuote(a) || inQuote(b)) continue;
      if (IDENTITY_LINK.test(between)) problems.push(`it says that "${text.slice(a.start, a.end)}" is "${text.slice(b.start, b.end)}", which is not the catalog's to say in its own words`);
    }
  }

  // Dates: whole phrases of the passages.
  for (const m of text.matchAll(DATE_PHRASE)) if (!inQuote({ start: m.index, end: m.index + m[0].length }) && !passageText.includes(normalise(m[0]))) problems.push(`the date "${m[0]}" is printed in none of its passages`);

  // Numbers: as numbers of the passages, not digits of a designation.
  // A number with the word after it ("67,300 barrels", "18 ICBMs"), outside designations ("Hwasong-18").
  const standalone = (s: string) => {
    const designations = findDesignations(s).filter((d) => d.kind === 'designation');
    return [...s.matchAll(/(\d+(?:[.,]\d+)*)(?:[\s-]+([\p{L}]+))?/gu)]
      .filter((m) => !designations.some((d) => d.start <= m.index && m.index < d.end))
      .map((m) => ({ n: m[1]!, next: m[2] ? lemma(m[2]) : '' }));
  };
  const passageNumbers = passages.flatMap((p) => standalone(p.text));
  for (const { n, next } of standalone(text)) {
    // The same number, and where the note counts something, the same thing counted.
    const printed = passageNumbers.some((p) => p.n === n && (next === '' || STOPWORDS.has(next) || p.next === next));
    if (!printed) out.add('digits-not-cited', file, path, `the number "${n}" in ${JSON.stringify(text)} is printed as a number in none of its passages (a designation's digits are not a number)`);
  }
  // Systems: named in the passages.
  for (const name of systems.named(text)) if (!systems.inPassages.has(name)) problems.push(`the system "${name}" is named in none of its passages`);

  const shown = JSON.stringify(text.length > 120 ? `${text.slice(0, 119)}…` : text);
  const where = passages.map((p) => p.where).join(', ');
  if (problems.length > 0) {
    out.add('own-words-unsupported', file, path, `${shown}: ${[...new Set(problems)].join('; ')} (its passages: ${where}); the catalog's own words may say only what those passages say, in their words or the catalog's words about itself`);
  }
  if (drift.length > 0) {
    out.add('note-drift', file, path, `${shown}: ${[...new Set(drift)].join('; ')}; the catalog's own words may not say without a cue what the passages say only under it`);
  }
}
