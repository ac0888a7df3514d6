import type { Block } from '../schema/derived';
import { findDesignations } from './designations';
import { tagTerms } from './tag-terms';

/** A phrase of a new source that may name a weapon system the catalog does not have yet. */
export interface Candidate {
  text: string;
  kind: 'designation' | 'caliber' | 'phrase';
  block: string;
  start: number;
  end: number;
}

/** The nouns a system phrase ends in. */
const HEAD_NOUNS = '(?:UAVs?|drones?|missiles?|rockets?)';
const HEAD = new RegExp(`(?<![\\p{L}\\p{N}-])${HEAD_NOUNS}(?![\\p{L}\\p{N}])`, 'giu');
const IS_HEAD = new RegExp(`^${HEAD_NOUNS}$`, 'iu');
const MODIFIER = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u;
const MAX_MODIFIERS = 3;
const STOPWORDS = new Set(
  'a an the of and or to in on at for with by from as into its his her their our this that these those which who whose is are was were be been has have had will would can could may said also not no such than other some any all'.split(' '),
);

/**
 * Whether a word may modify a head noun in a system's name: "new", "combat", "Hwasong-19",
 * "vehicle-mounted", but not a stopword, another head noun, or what reads as a verb or a
 * plural ("unveils", "carried", "firing", "Russia's"), unless it is hyphenated or has a digit.
 */
function isModifier(word: string): boolean {
  if (!MODIFIER.test(word) || STOPWORDS.has(word.toLowerCase()) || IS_HEAD.test(word)) return false;
  return /[-\p{N}]/u.test(word) || !/(?:ed|ing|s)$/iu.test(word);
}

/** Where the words that the tagger reads as verbs, and only as verbs, start in `text` ("carry" in "appeared to carry missiles"). */
function verbStarts(text: string): Set<number> {
  return new Set(tagTerms(text).filter((t) => t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Noun')).map((t) => t.start));
}

/**
 * The start of the phrase ending in the head noun at `headStart`: up to three modifying words
 * before it, stopping at a verb and after a designation or caliber ("Hwasong-19 missile", not "new Hwasong-19 missile").
 */
function phraseStart(text: string, headStart: number, verbs: Set<number>): number {
  let start = headStart;
  for (let taken = 0; taken < MAX_MODIFIERS; taken++) {
    const before = /(\S+)\s+$/u.exec(text.slice(0, start));
    if (!before || !isModifier(before[1]!) || verbs.has(before.index)) break;
    start = before.index;
    if (/\p{N}/u.test(before[1]!)) break;
  }
  return start;
}

function findInBlock(block: Block): Candidate[] {
  const found: Candidate[] = [];
  const add = (kind: Candidate['kind'], start: number, end: number) =>
    found.push({ kind, block: block.id, start: block.start + start, end: block.start + end, text: block.text.slice(start, end) });
  for (const d of findDesignations(block.text)) {
    if (d.kind === 'designation') {
      add('designation', d.start, d.end);
      continue;
    }
    // A calibre with the noun it describes: "240-millimeter rockets", not "122 mm of".
    const noun = /^[ -](\p{Ll}+)(?![\p{L}\p{N}])/u.exec(block.text.slice(d.end));
    add('caliber', d.start, noun && !STOPWORDS.has(noun[1]!) ? d.end + noun[0].length : d.end);
  }
  const heads = [...block.text.matchAll(HEAD)];
  const verbs = heads.length > 0 ? verbStarts(block.text) : new Set<number>();
  for (const m of heads) {
    const start = phraseStart(block.text, m.index, verbs);
    if (start < m.index) add('phrase', start, m.index + m[0].length);
  }
  // Overlapping finds are one candidate: the longest ("new Hwasong-19 missile" over "Hwasong-19").
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((c, i) => !found.slice(0, i).some((o) => o.start <= c.start && c.end <= o.end));
}

/**
 * Phrases of `blocks` that may name a weapon system, for a curator to review: name-number
 * designations ("Hwasong-19", "MQ-9", "Su-27"), calibers ("240-millimeter rockets", "122 mm")
 * and phrases ending in UAV, drone, missile or rocket ("new combat drone"). A find that overlaps
 * one of `known` (the spans of names the catalog already has) is left out. Heuristic by design:
 * it finds candidates, and a person decides.
 */
export function findCandidates(blocks: readonly Block[], known: readonly { start: number; end: number }[]): Candidate[] {
  return blocks
    .flatMap(findInBlock)
    .filter((c) => !known.some((k) => k.start < c.end && c.start < k.end));
}
