import type { Block } from '../schema/derived';
import { findDesignations, type Designation } from './designations';
import nlp from 'compromise/two';
import { tagCandidateTerms } from './tag-candidates';
import type { Term } from './tag-terms';
import {
  CLASSIFIERS,
  FUNCTION_WORDS,
  MULTIWORD_HEADS,
  NOT_DESIGNATIONS,
  NOT_WEAPON_PHRASES,
  QUALITATIVE,
  WEAPON_EVENTS,
  WEAPON_MODIFIERS,
  headRow,
  singular,
  type WeaponKind,
} from './weapon-lexicon';

/**
 * A noun phrase of a new source that may name a weapon system: one with a designation
 * ("Hwasong-19 missile", "KN-25 super-large multiple rocket launcher"), a calibre with its head
 * noun ("152-millimeter artillery shells"), or modifiers before a weapon's head noun
 * ("Grad multiple launch rocket systems", "combat UAV").
 */
export interface Candidate {
  text: string;
  kind: 'designation' | 'caliber' | 'phrase';
  block: string;
  start: number;
  end: number;
  /** The kind of weapon its head noun names, when it has one. */
  weapon?: WeaponKind;
  /** Its head noun as written ("launchers", "unmanned aerial vehicle"), when it has one. */
  head?: string;
  /** The words before the head noun ("combat", "new military"), lower case, one per word. */
  modifiers: string[];
  /**
   * What a catalogued name must overlap for the phrase to be that system: its designation or
   * calibre, else its head noun. "152-millimeter artillery shells" is not the artillery shells.
   */
  anchor: { start: number; end: number };
  /** True when it only describes: no designation, calibre or capitalised name word ("new attack drones"). */
  descriptive: boolean;
  /** True for a definite head noun alone ("the drones"): a reference to something named before, never a new system. */
  bare?: boolean;
  /** True when its modifiers only describe ("new military drones", "Russian guns"): a class or a reference, never a new system. */
  qualitativeOnly?: boolean;
  /** Where the determiner right before it starts ("the", "a", "these"…): a reference is quoted with it ("the combat UAV"). */
  determinerStart?: number;
}

/** A phrase the finder read and did not offer, with why: a curator can see what was left out. */
export interface LeftOut {
  text: string;
  block: string;
  why: string;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?/gu;
const MAX_MODIFIERS = 6;
/** Tokens are one noun phrase only across spaces (and a line break of a wrapped text). */
const joined = (text: string, a: Token, b: Token) => /^[\s\u00a0]+$/u.test(text.slice(a.end, b.start));
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
const isPossessive = (word: string) => /['’]s?$/u.test(word) && /['’]/u.test(word.slice(-2));
const isNumber = (word: string) => /^\p{N}[\p{N},.]*$/u.test(word);

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The multi-word or one-word head noun starting at token `i`: how many tokens it takes and its kind. */
function headAt(tokens: Token[], i: number): { length: number; kind: WeaponKind; needsModifier: boolean } | null {
  for (const head of MULTIWORD_HEADS) {
    const words = head.split(' ');
    const last = words.length - 1;
    if (i + last >= tokens.length) continue;
    const fits = words.every((w, k) => (k === last ? singular(tokens[i + k]!.text) === w : tokens[i + k]!.text.toLowerCase() === w));
    if (fits) return { length: words.length, kind: headRow(words.join(' '))!.kind, needsModifier: false };
  }
  const row = headRow(tokens[i]!.text);
  return row ? { length: 1, kind: row.kind, needsModifier: row.needsWeaponModifier ?? false } : null;
}

/**
 * A block read for candidates: its tokens, its designations, and part-of-speech tags looked up
 * only where a word's class decides (a short window around it: tagging whole passages would cost
 * more than everything else the finder does).
 */
class Reading {
  readonly tokens: Token[];
  readonly designations: Designation[];
  private tagged = new Map<number, ReadonlySet<string>>();

  constructor(readonly text: string) {
    this.tokens = tokenize(text);
    this.designations = findDesignations(text);
  }

  /** The part-of-speech tags of token `i`, read in its sentence (tagged once, when first asked). */
  tags(i: number): ReadonlySet<string> {
    let tags = this.tagged.get(i);
    if (!tags) {
      const token = this.tokens[i]!;
      const { start, terms } = this.sentenceTerms(token.start);
      const at = token.start - start;
      for (let k = 0; k < terms.length; k++) {
        const t = terms[k]!;
        if (t.start <= at && at < t.end) {
          tags = t.tags;
          break;
        }
      }
      tags ??= new Set<string>();
      this.tagged.set(i, tags);
    }
    return tags;
  }

  private sentences: { start: number; end: number; terms?: readonly Term[] }[] | undefined;

  /** The tagged sentence around an offset: sentences end at ".", "!" or "?" before a space. */
  private sentenceTerms(offset: number): { start: number; terms: readonly Term[] } {
    this.sentences ??= [...this.text.matchAll(/[^.!?]*(?:[.!?]+(?:["”’)\]]*)(?=\s|$)|[^.!?]+$|[.!?]+)/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const sentence = this.sentences.find((s) => s.start <= offset && offset < s.end) ?? { start: 0, end: this.text.length };
    sentence.terms ??= tagCandidateTerms(this.text.slice(sentence.start, sentence.end));
    return { start: sentence.start, terms: sentence.terms };
  }

  /**
   * Whether token `i` reads as a verb and not as an adjective or a noun ("carry", "fire", "stood"):
   * from the lexicon where the word has one class there, else from the tagger, in its sentence.
   */
  isVerb(i: number): boolean {
    // The lexicon settles a word it knows as no verb; one it knows as a verb may be a noun in context ("battle tanks").
    const known = lexiconClass(this.tokens[i]!.text);
    if (known !== undefined && known !== 'verb') return false;
    const tags = this.tags(i);
    return tags.has('Verb') && !tags.has('Adjective') && !tags.has('Noun');
  }

  /** Whether token `i` is a common noun that a name could end in ("forces", "truck", "technology"), likewise. */
  isNoun(i: number): boolean {
    // Likewise a word it knows as no noun ("suggest", "shown", "fell"); one it knows as a noun may be a verb in context.
    const known = lexiconClass(this.tokens[i]!.text);
    if (known !== undefined && known !== 'noun') return false;
    const tags = this.tags(i);
    return tags.has('Noun') && !tags.has('Verb') && !tags.has('Pronoun');
  }
}

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;
const VERB_CLASSES = new Set(['Infinitive', 'PastTense', 'PresentTense', 'Participle', 'Gerund', 'Verb', 'Copula', 'Modal', 'Auxiliary', 'PhrasalVerb']);
const NOUN_CLASSES = new Set(['Singular', 'Plural', 'Noun', 'Uncountable']);

/**
 * The class of a word by the tagger's lexicon alone (compromise's, of some 25,000 words): a word
 * of one class there that no ending makes ambiguous. Words ending in "s" ("fires", "forces") may
 * be a plural or a verb, and so may words the tables list as verbs too ("attack", "launch"): for
 * these, and for words the lexicon does not have, the tagger reads the sentence.
 */
function lexiconClass(word: string): 'verb' | 'noun' | 'other' | undefined {
  const lower = word.toLowerCase();
  if (/s$/u.test(lower) || VERB_LIKE.has(lower)) return undefined;
  const tag = LEXICON[lower];
  if (tag === undefined) return undefined;
  if (VERB_CLASSES.has(tag)) return 'verb';
  if (NOUN_CLASSES.has(tag)) return 'noun';
  return 'other';
}

/** Whether token `i` may modify a head noun: not a function word, a possessive, a number, a person or a verb. */
function isModifier(r: Reading, i: number): boolean {
  const word = r.tokens[i]!.text;
  const lower = word.toLowerCase();
  if (FUNCTION_WORDS.has(lower) || isPossessive(word) || isNumber(word)) return false;
  if (/[-\p{N}]/u.test(word)) return true;
  // A capitalised word is a name word ("Grad"); a person before a describing adjective is cut by
  // the order of adjectives (see readBlock), so the tagger is not asked.
  if (isCapitalised(word)) return true;
  // A participle before a weapon's noun is an adjective only where it names a type ("guided
  // missiles", "loitering munitions"); otherwise it is the verb of which the noun is the object
  // ("showed drones", "firing missiles").
  if (PARTICIPLE.test(lower)) return CLASSIFIERS.has(lower) || QUALITATIVE.has(lower);
  // "launch" and "attack" name types too, but "they launch rockets" is a verb and its object:
  // only words of the tables that are never verbs skip the tagger.
  if ((QUALITATIVE.has(lower) || CLASSIFIERS.has(lower)) && !VERB_LIKE.has(lower)) return true;
  return !r.isVerb(i);
}

/** Words of the tables that are also verbs ("launch rockets", "attack drones"), so the tagger decides. */
const VERB_LIKE = new Set(['attack', 'strike', 'launch', 'glide']);
/** A participle's ending: "-ed", "-ing". */
const PARTICIPLE = /\p{L}{3,}(?:ed|ing)$/u;

/** Whether a modifier only describes (size, age, colour, origin…) rather than saying the weapon's type. */
const isQualitative = (r: Reading, i: number) => QUALITATIVE.has(r.tokens[i]!.text.toLowerCase());

/** The phrase a weapon's noun ends, if it names something else ("think tank"). */
function notAWeapon(r: Reading, first: number, last: number): string | undefined {
  const words = r.tokens.slice(first, last + 1).map((t) => t.text.toLowerCase());
  const phrase = words.join(' ');
  return NOT_WEAPON_PHRASES.find((p) => phrase === p.words || phrase.endsWith(` ${p.words}`) || `${phrase}`.replace(/s$/u, '').endsWith(p.words))?.words;
}

/** Determiners that open a noun phrase, with which a reference to something named before is quoted. */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'that', 'such', 'its', 'their', 'another', 'both']);

/** Where the determiner right before token `i` starts, in its block's text, if one is there. */
function determinerBefore(r: Reading, i: number): number | undefined {
  const before = r.tokens[i - 1];
  return before && DETERMINERS.has(before.text.toLowerCase()) && joined(r.text, before, r.tokens[i]!) ? before.start : undefined;
}

/** The designation or calibre covering token `i`, if any. */
function designationAt(r: Reading, i: number): Designation | undefined {
  const t = r.tokens[i]!;
  return r.designations.find((d) => d.start <= t.start && t.end <= d.end);
}

/**
 * From a head noun at token `i`, the end of the noun compound it heads: "rocket launchers",
 * "launch rocket systems". Returns the last head's token index and its kind, or why the
 * compound is no weapon's name ("General Missile Bureau", "rocket forces").
 */
function headEnd(r: Reading, i: number): { last: number; kind: WeaponKind; needsModifier: boolean; length: number } | { rejected: string; from: number; to: number } {
  let at = headAt(r.tokens, i)!;
  let last = i + at.length - 1;
  for (;;) {
    const next = last + 1;
    if (next >= r.tokens.length || !joined(r.text, r.tokens[last]!, r.tokens[next]!)) break;
    const further = headAt(r.tokens, next);
    if (further) {
      at = further;
      last = next + further.length - 1;
      continue;
    }
    const word = r.tokens[next]!.text;
    if (isCapitalised(word) && isCapitalised(r.tokens[last]!.text) && !FUNCTION_WORDS.has(word.toLowerCase())) {
      // A capitalised head inside a longer capitalised name: an organisation, a place, a title.
      let from = i;
      while (from > 0 && joined(r.text, r.tokens[from - 1]!, r.tokens[from]!) && isCapitalised(r.tokens[from - 1]!.text) && !FUNCTION_WORDS.has(r.tokens[from - 1]!.text.toLowerCase())) from--;
      let to = next;
      while (to + 1 < r.tokens.length && joined(r.text, r.tokens[to]!, r.tokens[to + 1]!) && isCapitalised(r.tokens[to + 1]!.text)) to++;
      return { rejected: `a name that ends in "${r.tokens[to]!.text}", not in a weapon's noun`, from, to };
    }
    if (!isCapitalised(word) && !FUNCTION_WORDS.has(word) && !isNumber(word) && !WEAPON_EVENTS.has(word.toLowerCase()) && !PARTICIPLE.test(word) && r.isNoun(next)) {
      return { rejected: `"${r.tokens[last]!.text}" modifies "${word}" here: the phrase names ${/s$/u.test(word) ? '' : 'a '}${word}, not a weapon`, from: i, to: next };
    }
    break;
  }
  return { last, kind: at.kind, needsModifier: at.needsModifier, length: at.length };
}

/** Where a head noun starts: a "system" or a "round" takes the weapon word before it ("rocket systems", "launcher rounds"). */
const headStart = (end: { last: number; length: number; needsModifier: boolean }) => end.last - end.length + 1 - (end.needsModifier ? 1 : 0);

/** The kind a "system" or "round" gets from a weapon word before it ("rocket systems" are launchers). */
function kindFromModifiers(modifiers: string[]): WeaponKind | undefined {
  for (const m of [...modifiers].reverse()) {
    const kind = WEAPON_MODIFIERS[singular(m)];
    if (kind) return kind;
  }
  return undefined;
}

function notADesignation(d: Designation): string | undefined {
  const row = NOT_DESIGNATIONS.find((n) => n.letters === d.letters.toLowerCase() && n.numbers.includes(d.number));
  return row && `"${d.text}" names ${row.why}, not a weapon`;
}

/**
 * Candidates of one block, and what was read and left out. A phrase starts at a designation or
 * calibre, or at the first of up to six modifiers before a head noun; it ends at the last noun
 * of the compound it heads. A sentence-initial capital is not a name word.
 */
function readBlock(block: Block): { found: Candidate[]; leftOut: LeftOut[] } {
  const r = new Reading(block.text);
  const { tokens, text } = r;
  const found: Candidate[] = [];
  const leftOut: LeftOut[] = [];
  const span = (a: number, b: number) => ({ start: block.start + tokens[a]!.start, end: block.start + tokens[b]!.end });
  const slice = (a: number, b: number) => text.slice(tokens[a]!.start, tokens[b]!.end);
  const sentenceStart = (i: number) => i === 0 || /[.!?:;"“”]\s*$/u.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)) || /[.!?]$/u.test(tokens[i - 1]!.text);
  const consumed = new Set<number>();

  for (let i = 0; i < tokens.length; i++) {
    const d = designationAt(r, i);
    if (!d || consumed.has(i)) continue;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.end <= d.end) j++;
    const first = i;
    i = j;
    // Up to the head noun: a few modifiers, all in one noun phrase.
    let k = j + 1;
    const modifiers: string[] = [];
    while (k < tokens.length && k - j <= MAX_MODIFIERS && joined(text, tokens[k - 1]!, tokens[k]!) && !headAt(tokens, k) && isModifier(r, k) && !designationAt(r, k)) {
      modifiers.push(tokens[k]!.text.toLowerCase());
      k++;
    }
    const hasHead = k < tokens.length && joined(text, tokens[k - 1]!, tokens[k]!) && headAt(tokens, k) !== null;
    const kind = d.kind === 'caliber' ? 'caliber' : 'designation';
    if (hasHead) {
      const end = headEnd(r, k);
      if ('rejected' in end) {
        leftOut.push({ text: slice(first, end.to), block: block.id, why: end.rejected });
        continue;
      }
      for (let x = first; x <= end.last; x++) consumed.add(x);
      const weapon = end.needsModifier ? (kindFromModifiers([...modifiers, ...tokens.slice(k, end.last).map((t) => t.text)]) ?? end.kind) : end.kind;
      const head = slice(headStart(end), end.last);
      found.push({ text: slice(first, end.last), kind, block: block.id, ...span(first, end.last), weapon, head, modifiers, anchor: { start: block.start + d.start, end: block.start + d.end }, descriptive: false });
      i = end.last;
      continue;
    }
    const rejected = notADesignation(d);
    const next = tokens[j + 1];
    const nextWord = next && joined(text, tokens[j]!, next) ? next.text : undefined;
    if (rejected) leftOut.push({ text: d.text, block: block.id, why: rejected });
    else if (nextWord && !isCapitalised(nextWord) && !FUNCTION_WORDS.has(nextWord) && !WEAPON_EVENTS.has(nextWord.toLowerCase()) && r.isNoun(j + 1)) {
      leftOut.push({ text: `${d.text} ${nextWord}`, block: block.id, why: `"${d.text}" modifies "${nextWord}": it names a ${nextWord}, not a weapon` });
    } else if (kind === 'caliber') {
      leftOut.push({ text: d.text, block: block.id, why: 'a calibre without the noun it measures' });
    } else {
      found.push({ text: d.text, kind, block: block.id, start: block.start + d.start, end: block.start + d.end, modifiers: [], anchor: { start: block.start + d.start, end: block.start + d.end }, descriptive: false });
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    if (consumed.has(i) || !headAt(tokens, i)) continue;
    const end = headEnd(r, i);
    if ('rejected' in end) {
      for (let x = end.from; x <= end.to; x++) consumed.add(x);
      leftOut.push({ text: slice(end.from, end.to), block: block.id, why: end.rejected });
      i = end.to;
      continue;
    }
    const before = Math.max(0, i - 1);
    const named = notAWeapon(r, before, end.last);
    if (named) {
      for (let x = before; x <= end.last; x++) consumed.add(x);
      leftOut.push({ text: slice(before, end.last), block: block.id, why: `"${named}" is not a weapon` });
      i = end.last;
      continue;
    }
    let start = i;
    while (start > 0 && i - start < MAX_MODIFIERS && joined(text, tokens[start - 1]!, tokens[start]!) && !consumed.has(start - 1) && isModifier(r, start - 1)) {
      // Describing adjectives open a noun phrase: a name before "new" is not the weapon's ("shows Shoigu new drones").
      if (start < i && isQualitative(r, start) && isCapitalised(tokens[start - 1]!.text) && !isQualitative(r, start - 1)) break;
      start--;
    }
    const other = notAWeapon(r, start, end.last);
    if (other) {
      for (let x = start; x <= end.last; x++) consumed.add(x);
      leftOut.push({ text: slice(start, end.last), block: block.id, why: `"${other}" is not a weapon` });
      i = end.last;
      continue;
    }
    for (let x = start; x <= end.last; x++) consumed.add(x);
    const modifiers = tokens.slice(start, end.last - end.length + 1).map((t) => t.text.toLowerCase());
    const head = slice(Math.max(start, headStart(end)), end.last);
    const weapon = end.needsModifier ? kindFromModifiers(modifiers) : end.kind;
    const anchor = { start: block.start + tokens[end.last - end.length + 1]!.start, end: block.start + tokens[end.last]!.end };
    i = end.last;
    if (!weapon) continue;
    if (start === end.last - end.length + 1) {
      // A head noun alone: a reference to what the article named before, when it is definite.
      const before = start > 0 ? tokens[start - 1]!.text.toLowerCase() : '';
      if (['the', 'these', 'those', 'this', 'that'].includes(before)) {
        found.push({ text: head, kind: 'phrase', block: block.id, ...anchor, weapon, head, modifiers: [], anchor, descriptive: true, bare: true, determinerStart: block.start + tokens[start - 1]!.start });
      }
      continue;
    }
    // A capital makes a name word, but for a common word opening a sentence ("Ballistic missiles were…").
    const isNameWord = (k: number) => {
      const word = tokens[k]!.text;
      if (!isCapitalised(word) || headAt(tokens, k) || isQualitative(r, k)) return false;
      if (k !== start || !sentenceStart(start)) return true;
      return !(CLASSIFIERS.has(word.toLowerCase()) || r.tags(k).has('Adjective') || r.tags(k).has('Verb'));
    };
    const descriptive = !modifiers.some((_, k) => isNameWord(start + k));
    const typed = modifiers.some((_, k) => !isQualitative(r, start + k));
    const det = determinerBefore(r, start);
    found.push({
      text: slice(start, end.last),
      kind: 'phrase',
      block: block.id,
      ...span(start, end.last),
      weapon,
      head,
      modifiers,
      anchor,
      descriptive,
      ...(!typed && { qualitativeOnly: true }),
      ...(det !== undefined && { determinerStart: block.start + det }),
    });
  }
  found.sort((a, b) => a.start - b.start);
  return { found, leftOut };
}

/**
 * Phrases of `blocks` that may name a weapon system, for a curator to review: designations
 * ("Hwasong-19", "MQ-9", "Su-27"), with the noun phrase they head where they head one;
 * calibres with their head noun ("240-millimeter rockets"); phrases ending in a weapon's head
 * noun ("new combat drone", "Grad multiple launch rocket systems"); and definite references
 * ("the drones"). A find whose designation, calibre or head noun is covered by one of `known`
 * (the spans of names the catalog already has) is left out: it is that system. Heuristic by
 * design: it finds candidates, and a person decides.
 *
 * @returns the candidates in reading order, and what was read and left out with why.
 */
export function readCandidates(blocks: readonly Block[], known: readonly { start: number; end: number }[]): { candidates: Candidate[]; leftOut: LeftOut[] } {
  const sorted = [...known].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  sorted.forEach((k, i) => reach.push(Math.max(k.end, i > 0 ? reach[i - 1]! : -1)));
  /** Whether a known span overlaps `s`: among those starting before `s` ends, the furthest end passes its start. */
  const covered = (s: { start: number; end: number }) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < s.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > s.start;
  };
  const candidates: Candidate[] = [];
  const leftOut: LeftOut[] = [];
  for (const block of blocks) {
    const read = readBlock(block);
    candidates.push(...read.found.filter((c) => !covered(c.anchor)));
    leftOut.push(...read.leftOut);
  }
  return { candidates, leftOut };
}

/**
 * The kind of weapon a name or category names by its head noun ("multiple rocket launcher
 * rounds" → shell, "UAV" → uav, "Global Hawk" → none).
 */
export function weaponKindOf(phrase: string): WeaponKind | undefined {
  const tokens = tokenize(phrase);
  let kind: WeaponKind | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const at = headAt(tokens, i);
    if (!at) continue;
    kind = at.needsModifier ? kindFromModifiers(tokens.slice(0, i).map((t) => t.text)) : at.kind;
    i += at.length - 1;
  }
  return kind;
}

/** The candidates of `readCandidates`, without what was left out. */
export function findCandidates(blocks: readonly Block[], known: readonly { start: number; end: number }[]): Candidate[] {
  return readCandidates(blocks, known).candidates;
}
