/**
 * The one definition of a party and a cue. A party is the noun phrase that a report cue
 * attributes the words to: its head noun and everything that restricts it ("Observers in
 * Seoul", "United Nations officials", "people familiar with the matter"), less at most a
 * leading determiner or a possessive of place ("Japan’s Kyodo News" or "Kyodo News"). Never a
 * fragment ("America" for "Voice of America") and never words that are not a noun phrase ("The
 * latest model North Korea"). A cue is the reporting words as the table matched them; the
 * auxiliaries before them ("has accused") may be declared with them.
 *
 * The noun phrase is read from part-of-speech tags (compromise), only for the sentences a
 * statement asks about: the words before the cue, past auxiliaries and one ", …," aside,
 * back to a verb, a clause word or punctuation. A pronoun ("he said") stands for the party it
 * points back to; a subject after its verb ("…,” said Kim Yo-jong) is read forwards.
 */
import { SUBJECT_GAP_WORDS, TITLE_NOUNS } from './cue-table';
import { tagTerms, type Term } from './tag-terms';

export interface Span {
  start: number;
  end: number;
}

export interface Party extends Span {
  /** The party's words as the passage has them. */
  text: string;
  /** For a pronoun ("he"): where the pronoun is; the party is what it points back to. */
  pronoun?: Span;
}

const GAP = new Set([...SUBJECT_GAP_WORDS, 'as']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'both', 'some', 'many', 'several', 'all', 'each', 'every', 'my', 'your']);
const PHRASE_PREPOSITIONS = new Set(['of', 'in', 'at', 'on', 'for', 'from', 'with', 'to', 'near', 'close', 'inside', 'within']);
const CLAUSE_WORDS = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'whom', 'whose', 'what', 'where', 'after', 'before', 'while', 'when', 'because', 'since', 'until', 'if', 'than', 'though', 'although', 'whether', 'how', 'why']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const TITLES = new Set(TITLE_NOUNS);
const MAX_WORDS = 10;

const isCapitalised = (word: string) => /^[\p{Lu}\p{N}]/u.test(word);
const bare = (t: Term) => t.text.toLowerCase().replace(/[’']s$/u, '');
const isVerb = (t: Term) => t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective') && !isCapitalised(t.text);

/** Words tagged before a cue: enough for a noun phrase, few enough to tag quickly. */
const CONTEXT = 160;

/** The terms of `text` between `from` and `to`, tagged on that stretch alone (cached by its words). */
function termsIn(text: string, from: number, to: number): Term[] {
  const start = Math.max(from, to - CONTEXT);
  return tagTerms(text.slice(start, to)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
}

/**
 * The noun phrase that ends at `end` (exclusive) in `text`, reading backwards from `end` no
 * further than `floor`: `undefined` when the words there are not one.
 */
export function nounPhraseBefore(text: string, floor: number, end: number): Party | undefined {
  const terms = termsIn(text, floor, end);
  let first = terms.length;
  for (let i = terms.length - 1; i >= 0 && terms.length - i <= MAX_WORDS; i--) {
    const t = terms[i]!;
    const next = terms[i + 1];
    const between = text.slice(t.end, next ? next.start : end);
    if (/[,;:“”"‘()\[\]]|[’'](?!s)/u.test(between.replace(/^[’']s/u, ''))) break;
    const word = bare(t);
    const previous = terms[i - 1];
    // A word the tagger reads as a verb starts a phrase after a comma or where the range starts ("…, state media said").
    // …and so does the head word right before the cue ("Media reports said").
    const opens = !previous || previous.end <= floor || /[,;:“”"‘(]/u.test(text.slice(previous.end, t.start)) || i === terms.length - 1;
    if (CLAUSE_WORDS.has(word) || (isVerb(t) && !opens)) break;
    // "model | North Korea": a common noun right before a name is a noun phrase of its own.
    if (next && first === i + 1 && isCapitalised(next.text) && !isCapitalised(t.text) && !TITLES.has(word) && !DETERMINERS.has(word) && !PHRASE_PREPOSITIONS.has(word) && !t.tags.has('Adjective')) break;
    first = i;
  }
  // A phrase does not start with a preposition, nor end with a determiner or a preposition.
  while (first < terms.length && PHRASE_PREPOSITIONS.has(bare(terms[first]!))) first++;
  if (first >= terms.length) return undefined;
  const last = terms.at(-1)!;
  if (DETERMINERS.has(bare(last)) || PHRASE_PREPOSITIONS.has(bare(last))) return undefined;
  const start = terms[first]!.start;
  return { start, end: last.end, text: text.slice(start, last.end) };
}

/** Where the words before `at` stop being auxiliaries, adverbs of time and one ", …," aside. */
function skipGap(text: string, floor: number, at: number): number {
  let end = at;
  for (;;) {
    const before = text.slice(floor, end);
    const gap = /(?:^|\s)([\p{L}]+)\s*$/u.exec(before);
    if (gap && GAP.has(gap[1]!.toLowerCase())) {
      end = floor + gap.index + (gap[0].length - gap[0].trimStart().length);
      continue;
    }
    const aside = /,[^,;“”]{1,200},\s*$/u.exec(before);
    if (aside && aside.index > 0) {
      end = floor + aside.index;
      continue;
    }
    return end;
  }
}

/** The noun phrase a pronoun at `at` points back to: the last name of a person (he, she) or of anything (it, they, we) before it. */
function antecedent(text: string, pronoun: string, at: number): Party | undefined {
  const terms = tagTerms(text).filter((t) => t.end <= at);
  const personal = pronoun === 'he' || pronoun === 'she';
  for (let i = terms.length - 1; i >= 0; i--) {
    const t = terms[i]!;
    const fits = personal ? t.tags.has('Person') || (t.tags.has('ProperNoun') && !t.tags.has('Place')) : t.tags.has('ProperNoun') || t.tags.has('Organization');
    if (!fits || !isCapitalised(t.text)) continue;
    let j = i;
    while (j > 0 && isCapitalised(terms[j - 1]!.text) && /^[\s-]*$/u.test(text.slice(terms[j - 1]!.end, terms[j]!.start)) && !DETERMINERS.has(bare(terms[j - 1]!))) j--;
    return { start: terms[j]!.start, end: t.end, text: text.slice(terms[j]!.start, t.end) };
  }
  return undefined;
}

/**
 * The party of a report cue whose subject stands before it ("Kyodo News claimed", "“…,” the
 * ministry said"), or after it when nothing names one before (“…,” said Kim Yo-jong).
 * `sentence` bounds the search; a pronoun is resolved in the whole `text` before it.
 */
export function partyBefore(text: string, sentence: Span, cue: Span): Party | undefined {
  const end = skipGap(text, sentence.start, cue.start);
  const found = nounPhraseBefore(text, sentence.start, end);
  if (found && PRONOUNS.has(found.text.toLowerCase())) {
    const points = antecedent(text, found.text.toLowerCase(), found.start);
    return points && { ...points, pronoun: { start: found.start, end: found.end } };
  }
  if (found) return found;
  if (!/^[\s“”"‘’,]*$/u.test(text.slice(sentence.start, end).replace(/“[^”]*”|‘[^’]*’/gu, ''))) return undefined;
  const after = /^\s+([^,;.“”"]{1,80}?)(?=\s*(?:[,;“”"]|\.?$|\.\s))/u.exec(text.slice(cue.end, sentence.end));
  if (!after) return undefined;
  const from = cue.end + after[0].length - after[1]!.length;
  return nounPhraseBefore(text, from, from + after[1]!.length);
}

/** The party named after an attribution preposition ("according to the KCNA", "per Yonhap"). */
export function partyAfter(text: string, sentence: Span, cue: Span): Party | undefined {
  const m = /^\s+([^,;.“”]{1,80}?)(?=\s*(?:[,;“”]|\.?$|\.\s))/u.exec(text.slice(cue.end, sentence.end));
  if (!m) return undefined;
  const from = cue.end + m[0].length - m[1]!.length;
  return nounPhraseBefore(text, from, from + m[1]!.length) ?? { start: from, end: from + m[1]!.length, text: m[1]! };
}

/**
 * The ways a curator may write a party: the whole noun phrase, or the phrase less a leading
 * determiner ("the KCNA" or "KCNA") or a leading possessive of place ("Japan’s Kyodo News" or
 * "Kyodo News").
 */
export function acceptedParties(text: string, party: Party): Span[] {
  const spans: Span[] = [{ start: party.start, end: party.end }];
  const terms = termsIn(text, party.start, party.end);
  const lead = terms[0];
  if (lead && terms.length > 1) {
    const owner = /[’']s$/u.test(lead.text) ? tagTerms(lead.text.replace(/[’']s$/u, ''))[0] : undefined;
    const place = owner !== undefined && (owner.tags.has('Place') || owner.tags.has('Country') || owner.tags.has('City') || owner.tags.has('Region'));
    if (DETERMINERS.has(lead.text.toLowerCase()) || place) spans.push({ start: terms[1]!.start, end: party.end });
  }
  return spans;
}

/** Whether `words` read as one noun phrase on their own: what a fix may suggest as a party. */
export function isNounPhrase(words: string): boolean {
  const found = nounPhraseBefore(words, 0, words.length);
  return found !== undefined && found.start === words.search(/\S/) && found.end === words.trimEnd().length && !PRONOUNS.has(words.trim().toLowerCase());
}
