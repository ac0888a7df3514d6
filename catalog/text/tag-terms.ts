import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import NAMES_LEXICON from './names-lexicon.json' with { type: 'json' };

/** A word of a text, where it is (UTF-16 offsets into the text) and its part-of-speech tags. */
export interface Term {
  text: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** The word's dictionary form, lower-cased, from wink-nlp's lemmatizer ("built" → "build"); for a part of a hyphenated word, the part itself. */
  lemma?: string;
}

/**
 * Texts tagged lately, with their terms: tagging is the costliest step of reading a passage, and
 * the same sentence is often asked about by several rules. Bounded, so a very large catalog
 * does not keep every sentence it has read.
 */
const tagged = new Map<string, readonly Term[]>();
const TAGGED_KEPT = 20_000;

/** wink-nlp's English model: a deterministic part-of-speech tagger, with nothing downloaded at run time. */
const wink = winkNLP(model, ['pos']);
const its = wink.its;
/**
 * compromise's lexicon, read as a dictionary only: which capitalised words name places, people
 * and organisations (names-lexicon.json, its words of those kinds; see names-lexicon-source.ts).
 */
const LEXICON: Readonly<Record<string, string | string[]>> = NAMES_LEXICON.words;

const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', "'ll", '’ll']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', 'been']);
const NAME_TAGS: Record<string, string[]> = {
  Country: ['Country', 'Place'],
  City: ['City', 'Place'],
  Region: ['Region', 'Place'],
  Place: ['Place'],
  MaleName: ['Person'],
  FemaleName: ['Person'],
  FirstName: ['Person'],
  LastName: ['Person'],
  Person: ['Person'],
  Organization: ['Organization'],
  Demonym: ['Demonym'],
};

/**
 * The tags of one word, in the vocabulary the catalog's readers use (Noun, Verb, Adjective,
 * Determiner, Preposition, Conjunction, Pronoun, Value, Copula, Modal, Auxiliary, PastTense,
 * PresentTense, Gerund, Infinitive, ProperNoun, Acronym, Possessive, Hyphenated and the kinds of
 * names), from wink's universal part of speech and the word's form.
 */
function tagsOf(word: string, pos: string, lemma: string, previous: string | undefined): Set<string> {
  const lower = word.toLowerCase();
  const tags = new Set<string>();
  switch (pos) {
    case 'NOUN':
      tags.add('Noun').add(lemma !== lower && /s$/u.test(lower) ? 'Plural' : 'Singular');
      break;
    case 'PROPN':
      tags.add('Noun').add('ProperNoun');
      if (/^(?:\p{Lu}{2,}s?|(?:\p{Lu}\.)+)$/u.test(word)) tags.add('Acronym');
      break;
    case 'ADJ':
      tags.add('Adjective');
      break;
    case 'VERB':
      tags.add('Verb');
      if (/ing$/u.test(lower)) tags.add('Gerund');
      else if (previous === 'to') tags.add('Infinitive');
      else if (/ed$/u.test(lower) || (lemma !== lower && !/s$/u.test(lower))) tags.add('PastTense');
      else tags.add('PresentTense');
      if (lower === lemma && previous !== 'to') tags.add('Infinitive');
      break;
    case 'AUX':
      tags.add('Verb').add('Auxiliary');
      if (lemma === 'be') tags.add('Copula');
      if (MODALS.has(lower)) tags.add('Modal');
      tags.add(PAST_AUXILIARIES.has(lower) ? 'PastTense' : 'PresentTense');
      break;
    case 'ADP':
      tags.add('Preposition');
      break;
    case 'SCONJ':
    case 'CCONJ':
      tags.add('Conjunction');
      break;
    case 'DET':
      tags.add('Determiner');
      break;
    case 'PRON':
      tags.add('Pronoun').add('Noun');
      break;
    case 'NUM':
      tags.add('Value').add('Cardinal');
      break;
    case 'ADV':
      tags.add('Adverb');
      break;
    case 'PART':
      if (/^(?:not|n['’]t)$/u.test(lower)) tags.add('Negative');
      else tags.add('Conjunction');
      break;
    default:
      tags.add('Noun');
  }
  if (/^\p{Lu}/u.test(word)) {
    tags.add('TitleCase');
    const kinds = LEXICON[lower.replace(/['’]s$/u, '')];
    for (const kind of Array.isArray(kinds) ? kinds : kinds ? [kinds] : []) for (const t of NAME_TAGS[kind] ?? []) tags.add(t);
  }
  return tags;
}

/**
 * The words of `text` with their offsets and part-of-speech tags (wink-nlp's tagger; the kinds
 * of names from compromise's lexicon). Punctuation is left out; a possessive "’s" stays on its
 * word ("Japan’s", tagged Possessive); the parts of a hyphenated word are words of their own,
 * tagged Hyphenated.
 */
export function tagTerms(text: string): readonly Term[] {
  const known = tagged.get(text);
  if (known) return known;
  const doc = wink.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const terms: { text: string; start: number; end: number; tags: Set<string>; lemma: string }[] = [];
  let at = 0;
  let previous: string | undefined;
  values.forEach((value, i) => {
    at += spaces[i]!.length;
    const start = text.indexOf(value, at) === at ? at : Math.max(at, text.indexOf(value, at));
    const end = start + value.length;
    at = end;
    const p = pos[i]!;
    if (p === 'PUNCT' || p === 'SYM' || p === 'SPACE') return;
    const last = terms.at(-1);
    if (last && last.end === start && /^['’]s$/u.test(value)) {
      last.text += value;
      last.end = end;
      last.tags.add('Possessive');
      return;
    }
    // Words within a hyphenated word ("camouflage-painted", "hunter-killer") are its parts.
    const parts = value.includes('-') && !/\d/u.test(value) ? [...value.matchAll(/[^-]+/gu)] : [{ 0: value, index: 0 }];
    for (const part of parts) {
      const word = part[0];
      const lemma = parts.length > 1 ? word.toLowerCase() : lemmas[i]!.toLowerCase();
      const tags = tagsOf(word, p, lemma, previous);
      if (parts.length > 1 || text[start - 1] === '-' || text[end] === '-') {
        tags.add('Hyphenated');
        // A participle joined to the word before it describes a noun: "camouflage-painted", "American-made".
        if (tags.has('Verb') && text[start - 1] === '-') {
          tags.delete('Verb');
          tags.add('Adjective');
        }
      }
      terms.push({ text: word, start: start + part.index!, end: start + part.index! + word.length, tags, lemma });
      previous = word.toLowerCase();
    }
  });
  if (tagged.size >= TAGGED_KEPT) tagged.delete(tagged.keys().next().value!);
  tagged.set(text, terms);
  return terms;
}
