/**
 * About the right system, under a label its words support: every fact, relation and side of a
 * difference names the words it is said of (its subject), and the verifier reads the sentence
 * to check that those words are this entry's system and that the value is said of them — not of
 * another system named nearby, not of what a likeness compares it with, not of a group's member.
 * The sentence is read by catalog/text/attachment.ts; labels and relation types by the tables of
 * catalog/text/label-words.ts.
 */
import { comparedObjects, isReferringPhrase, type Holder, type Span } from '../text/attachment';
import { analysePassage, findCues } from '../text/cue-scope';
import { holdsWord, LABEL_WORDS, RELATION_NEEDS, withoutDates } from '../text/label-words';
import { tagTerms } from '../text/tag-terms';
import { findDesignations } from '../text/designations';
import { samePlaces } from '../text/place-names';
import { FACT_LABELS, RELATION_LABELS } from '../labels';
import type { Block, ResolvedCitation, SourceRecord } from '../schema/derived';
import type { Entry } from '../schema/entry';
import type { CheckedEntry } from './verify-entries';
import { blockBefore, locateSubject, occurrences, sentenceReadingAt, type HolderIndex } from './holders';
import { listStatements, type Statement } from './statements';
import type { ViolationList } from './violations';

const preview = (text: string, max = 90) => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** Words that change what a noun phrase is ("millions of", "model", "so-called"): a value cut from one keeps them. */
export const NOUN_QUALIFIERS: readonly string[] = [
  'millions of', 'thousands of', 'hundreds of', 'dozens of', 'scores of', 'tens of', 'a pair of', 'two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many', 'few', 'no', 'model', 'mock', 'mock-up', 'alleged',
  'so-called', 'former', 'fake', 'dummy', 'replica', 'decoy', 'prototype', 'purported', 'suspected', 'would-be',
];
/** Each qualifier as it stands right before a value ("millions of | shells"), and as it leads one; compiled once. */
const QUALIFIER_PATTERNS = NOUN_QUALIFIERS.map((q) => ({
  before: new RegExp(`(?<![\\p{L}\\p{N}])${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\s+(?:(?:the|a|an)\\s+)?$`, 'iu'),
  leads: new RegExp(`^${q}\\b`, 'iu'),
}));

export interface SubjectContext {
  sources: ReadonlyMap<string, SourceRecord>;
  holders: HolderIndex;
  /** Entry names by slug, for messages. */
  names: ReadonlyMap<string, string>;
}

/**
 * The names of the systems the sentence at `span` says its words of (their phrase, their clause,
 * what they describe), or undefined where there is no sentence to read.
 */
export function systemsSaidOf(ctx: SubjectContext, source: string, block: Block, span: Span): string[] | undefined {
  if (!othersNear(ctx, source, block, span.start, '')) return [];
  const reading = sentenceReadingAt(ctx.holders, source, block, span.start);
  if (!reading) return undefined;
  return [...new Set(reading.attach(span).owners.map((h) => nameOf(ctx, h.entry)))];
}

/** Whether the sentence at `at` names or refers to another system than `entry`: only then can a value be another's. */
function othersNear(ctx: SubjectContext, source: string, block: Block, at: number, entry: string): boolean {
  const sentence = analysePassage(block.text).sentences.find((s) => s.start <= at && at < s.end);
  if (!sentence) return false;
  return ctx.holders.inBlock(source, block.id).some((h) => h.entry !== entry && h.start >= sentence.start && h.end <= sentence.end);
}

const nameOf = (ctx: SubjectContext, slug: string) => ctx.names.get(slug) ?? slug;
const listNames = (ctx: SubjectContext, slugs: Iterable<string>) => [...new Set(slugs)].map((s) => nameOf(ctx, s)).join(' and ');

interface Located {
  /** The entry's slug. */
  entry: string;
  st: Statement;
  citation: ResolvedCitation;
  block: Block;
  value: Span;
  subject: Span;
}

/** Whether the subject words name this entry, or refer to it through the words they point back to. */
function checkSubjectNames(ctx: SubjectContext, entry: Entry, file: string, loc: Located, out: ViolationList): boolean {
  const { st, block, citation } = loc;
  const holders = ctx.holders.inBlock(citation.source, block.id);
  const where = `in ${preview(citation.quote)} (${citation.source} ${citation.block})`;
  const naming = holders.filter((h) => !h.exact && overlaps(h, loc.subject));
  if (naming.some((h) => h.entry === entry.slug)) {
    if (st.subject.refersTo !== undefined) {
      out.add('reference-needless', file, `${st.path}.refersTo`, `"${st.subject.subject}" already names ${entry.name} ${where}: a name needs no "refersTo"`);
    }
    return true;
  }
  if (naming.length > 0) {
    out.add('subject-not-entry', file, `${st.path}.subject`, `"${st.subject.subject}" names ${listNames(ctx, naming.map((h) => h.entry))}, not ${entry.name}, ${where}`);
    return false;
  }
  if (!isReferringPhrase(st.subject.subject)) {
    out.add('subject-not-entry', file, `${st.path}.subject`, `"${st.subject.subject}" is neither a name or alias of ${entry.name} nor a referring phrase ("it", "the weapons") ${where}`);
    return false;
  }
  const refersTo = st.subject.refersTo;
  if (refersTo === undefined) {
    out.add('subject-unresolved', file, `${st.path}.subject`, `"${st.subject.subject}" refers to something the sentence does not name ${where}: give "refersTo", the words of this passage or the one before that name ${entry.name}`);
    return false;
  }
  const source = ctx.sources.get(citation.source)!;
  const previous = blockBefore(source, block);
  const here = occurrences(block.text, refersTo);
  const there = previous ? occurrences(previous.text, refersTo) : [];
  // The nearest occurrence before the subject, else one after it in the same quote ("The latest model … Named the Hwasong-18").
  const before = here.filter((s) => s.end <= loc.subject.start).at(-1);
  const quoteSpan = { start: citation.start - block.start, end: citation.end - block.start };
  const after = here.find((s) => s.start >= loc.subject.end && within(s, quoteSpan));
  const target = before ? { block, span: before } : after ? { block, span: after } : there.length > 0 ? { block: previous!, span: there.at(-1)! } : undefined;
  if (!target) {
    out.add('reference-not-found', file, `${st.path}.refersTo`, `"${refersTo}" is not in ${citation.source} ${block.id} before "${st.subject.subject}", nor in the passage before it`);
    return false;
  }
  const targetHolders = ctx.holders.inBlock(citation.source, target.block.id).filter((h) => !h.exact || target.block.id !== block.id || !overlaps(h, loc.subject));
  const pointsTo = targetHolders.filter((h) => overlaps(h, target.span) && (!h.exact || within(h, target.span) || within(target.span, h)));
  if (!pointsTo.some((h) => h.entry === entry.slug)) {
    const others = pointsTo.length > 0 ? `; it names ${listNames(ctx, pointsTo.map((h) => h.entry))}` : '';
    out.add('reference-not-entry', file, `${st.path}.refersTo`, `"${refersTo}" (${citation.source} ${target.block.id}) does not name ${entry.name}${others}`);
    return false;
  }
  // A closer antecedent: another system named between the words pointed to and the subject, or,
  // for words of the passage before, anywhere in that passage or in the quote itself (a reader
  // cannot tell which of them "the weapons" means).
  const joint = new Set(pointsTo.map((h) => h.entry));
  const named = (b: Block) => ctx.holders.inBlock(citation.source, b.id).filter((h) => h.entry !== entry.slug && !joint.has(h.entry) && !overlaps(h, target.span));
  const closer =
    target.block.id === block.id
      ? named(block).filter((h) =>
          target.span.end <= loc.subject.start ? h.start >= target.span.end && h.end <= loc.subject.start : h.start >= loc.subject.end && h.end <= target.span.start,
        )
      : [...named(target.block), ...named(block).filter((h) => h.end <= loc.subject.start || within(h, quoteSpan))];
  if (closer.length > 0) {
    const nearest = closer[closer.length - 1]!;
    out.add(
      'reference-ambiguous',
      file,
      `${st.path}.refersTo`,
      `"${st.subject.subject}" may point back to ${listNames(ctx, closer.map((h) => h.entry))} ("${nearest.text}") as well as to "${refersTo}" ${where}: the verifier cannot tell which; if the passage means ${entry.name}, say so in an override whose reason quotes the words of the passage that tell it`,
      undefined,
      {
        candidates: [refersTo, ...new Set(closer.map((h) => h.text))],
        passages: [...new Set([block.text, target.block.text])],
        at: `${citation.source}#${block.id}#${loc.subject.start}`,
      },
    );
  }
  return true;
}

/** Words that open the other side of a comparison, looked for before the sentence is tagged. */
const COMPARISON_HINT = /(?<![\p{L}-])(?:than|unlike|compared|comparison|instead|opposed|contrast|versus|vs\.|resembl\w*|similar|akin|like|modell?ed|based|copy|copies|version|reminiscent|style|look-?alike)(?![\p{L}-])/iu;

/**
 * A value that stands inside the other side of a comparison ("than a liquid-fuel model",
 * "unlike its predecessor", "resembling …") is said of that other thing, whether or not the
 * catalog knows it: refused, unless the subject stands there too, the value holds the cue, or a
 * likeness is declared among its cues (and so shown with it).
 */
function checkComparedWith(ctx: SubjectContext, entry: Entry, file: string, loc: Located, out: ViolationList): boolean {
  const { st, block, citation } = loc;
  const sentence = analysePassage(block.text).sentences.find((s) => s.start <= loc.value.start && loc.value.start < s.end);
  if (!sentence || !COMPARISON_HINT.test(block.text.slice(sentence.start, sentence.end))) return false;
  // A likeness declared among the value's cues is shown with it ("older Soviet rounds (resembled)"): the value keeps its comparison.
  const declared = (cue: string) => st.factuality.cues.some((c) => c.toLowerCase().includes(cue.toLowerCase()));
  // A catalogued name that the phrase runs into is part of it, whatever the tagger made of a name it does not know.
  const holders = ctx.holders.inBlock(citation.source, block.id).slice().sort((a, b) => a.start - b.start);
  const withNames = (object: Span): Span => {
    let end = object.end;
    for (const h of holders) if (h.start >= object.start && h.start <= end + 1 && /^\s*$/u.test(block.text.slice(end, h.start))) end = Math.max(end, h.end);
    return { start: object.start, end };
  };
  const other = comparedObjects(block.text, sentence)
    .map((c) => ({ ...c, object: withNames(c.object) }))
    .find((c) => c.cue.end <= loc.value.start && overlaps(c.object, loc.value) && !overlaps(loc.subject, c.object) && !declared(c.cue.text));
  if (!other) return false;
  out.add(
    'subject-elsewhere',
    file,
    `${st.path}.subject`,
    `${preview(st.value, 70)} stands in "${block.text.slice(other.cue.start, other.object.end)}", the other side of a comparison: it is said of what ${entry.name} is compared with, not of "${st.subject.subject}" (${entry.name}) in ${preview(block.text.slice(sentence.start, sentence.end), 140)} (${citation.source} ${citation.block})`,
  );
  return true;
}

/** Words that join a conjunct to the phrase before it: "X (X's) and other Y", "X, Y", "X as well as Y". */
const CONJUNCT_AFTER = /^\s*(?:\([^()\n]{1,40}\))?\s*,?\s*(?:and|or|as\s+well\s+as|plus|along\s+with|together\s+with|and\s+also)\s+$/iu;

/**
 * A value that is the conjunct listed after the subject ("intercontinental ballistic missiles
 * (ICBMs) and | other advanced arms") is another thing the sentence names beside it, not said of
 * it: by its own word "other", or by being listed, it is a different set.
 */
function checkConjunct(file: string, loc: Located, out: ViolationList): boolean {
  const { st, block, citation } = loc;
  if (loc.value.start < loc.subject.end) return false;
  const between = block.text.slice(loc.subject.end, loc.value.start);
  const listed = CONJUNCT_AFTER.test(between) || (/^\s*(?:and|or)\s/iu.test(st.value) && /^\s*(?:\([^()\n]{1,40}\))?\s*,?\s*$/u.test(between));
  if (!listed) return false;
  const first = tagTerms(st.value.replace(/^\s*(?:and|or)\s+/iu, ''))[0];
  if (!first || first.tags.has('Verb') || first.tags.has('Copula') || first.tags.has('Modal') || first.tags.has('Adverb') || first.tags.has('Preposition')) return false;
  out.add(
    'subject-elsewhere',
    file,
    `${st.path}.subject`,
    `${preview(st.value, 70)} is listed beside "${st.subject.subject}" ("…${block.text.slice(loc.subject.start, loc.value.end)}"), another thing the sentence names, not said of it, in ${preview(citation.quote)} (${citation.source} ${citation.block})`,
  );
  return true;
}

/** Whether the value is said of this entry's subject in its sentence, and not of another system. */
function checkAttachment(ctx: SubjectContext, entry: Entry, file: string, loc: Located, out: ViolationList): void {
  const { st, block, citation } = loc;
  if (st.kind !== 'relation' && checkComparedWith(ctx, entry, file, loc, out)) return;
  if (st.kind !== 'relation' && checkConjunct(file, loc, out)) return;
  if (!othersNear(ctx, citation.source, block, loc.value.start, entry.slug)) return;
  const reading = sentenceReadingAt(ctx.holders, citation.source, block, loc.value.start);
  if (!reading) return;
  const where = `in ${preview(block.text.slice(reading.sentence.start, reading.sentence.end), 140)} (${citation.source} ${citation.block})`;
  const mine = (h: Holder) => h.entry === entry.slug;
  // The subject is what something else is compared with or identified as.
  // Its own description ("the U.S. surveillance aircraft Global Hawk") is still its own.
  const complement = reading.complementOf(loc.subject);
  const compared = complement?.subjects.filter((p) => !p.holders.some(mine)) ?? [];
  const own = reading.phraseOf(loc.subject);
  const describes = own && (within(loc.value, own) || (own.apposition !== undefined && within(loc.value, own.apposition)));
  if (complement && compared.length > 0 && !describes) {
    const relation = complement.kind === 'likeness' ? 'compared-with' : 'identified-as';
    out.add(
      'subject-compared',
      file,
      `${st.path}.subject`,
      `in "…${block.text.slice(compared[0]!.start, loc.subject.end)}…" the passage ${complement.kind === 'likeness' ? 'compares' : 'identifies'} ${listNames(ctx, compared.map((p) => p.owner.entry))} ${complement.kind === 'likeness' ? 'with' : 'as'} ${entry.name} ("${complement.cue.text}"): it is a statement about ${listNames(ctx, compared.map((p) => p.owner.entry))}, shown here as its "${RELATION_LABELS[relation]}" relation, not as ${entry.name}'s own ${where}`,
    );
    return;
  }
  // The subject's own phrase may belong to another system: "Hwasong-17 intercontinental ballistic missile" is a Hwasong-17.
  const phrase = own;
  if (phrase && !phrase.owners.some(mine) && phrase.holders.some((h) => mine(h) && overlaps(h, loc.subject))) {
    out.add(
      'subject-elsewhere',
      file,
      `${st.path}.subject`,
      `"${block.text.slice(phrase.start, phrase.end)}" is a ${nameOf(ctx, phrase.owner.entry)}, which the passage calls one of the ${entry.name}: a statement about it reaches ${entry.name} only as its "kind of" relation ${where}`,
    );
    return;
  }
  if (within(loc.subject, loc.value)) return;
  const attached = reading.attach(loc.value);
  if (attached.owners.length === 0 || attached.owners.some(mine)) return;
  const how = {
    phrase: 'in the noun phrase of',
    apposition: 'in apposition to',
    of: 'of',
    'relative clause': 'in a relative clause about',
    subject: 'of the subject of its clause,',
    members: 'of the members it lists,',
    nearest: 'nearest to',
    none: '',
  }[attached.how];
  out.add(
    'subject-elsewhere',
    file,
    `${st.path}.subject`,
    `${preview(st.value, 70)} is said ${how} ${listNames(ctx, attached.owners.map((h) => h.entry))} ("${attached.owners[0]!.text}"), not of "${st.subject.subject}" (${entry.name}) ${where}`,
  );
}

/**
 * A value that starts inside a hyphenated compound: right after its hyphen ("mounted ballistic
 * missile"), or inside the noun phrase that is its left part ("vehicle-mounted ballistic missile"
 * from "hypersonic glide vehicle-mounted …", where the missile carries a glide vehicle).
 */
function startsInsideCompound(ctx: SubjectContext, loc: Located): string | undefined {
  const { block, citation } = loc;
  const text = block.text;
  if (text[loc.value.start - 1] === '-' && /[\p{L}\p{N}]/u.test(text[loc.value.start - 2] ?? '') && /[\p{L}\p{N}]/u.test(text[loc.value.start] ?? '')) {
    const from = text.slice(0, loc.value.start - 1).search(/[\p{L}\p{N}]+$/u);
    const right = /^[\p{L}\p{N}]+/u.exec(text.slice(loc.value.start))![0];
    return text.slice(from, loc.value.start + right.length);
  }
  // A hyphen in the value's first words joins a noun phrase to a participle or adjective; only a
  // noun or modifier right before the value, with no determiner, can belong to that noun phrase.
  const firstHyphen = /^[\p{L}\p{N} ]*?[\p{L}\p{N}]-[\p{L}]/u.exec(loc.st.value);
  if (!firstHyphen || !/^\s$/u.test(text[loc.value.start - 1] ?? '')) return undefined;
  const reading = sentenceReadingAt(ctx.holders, citation.source, block, loc.value.start);
  const tokens = reading?.tokens ?? [];
  const before = [...tokens].reverse().find((t) => t.end <= loc.value.start);
  if (!before || !/^\s+$/u.test(text.slice(before.end, loc.value.start))) return undefined;
  const inValue = tokens.filter((t) => t.start >= loc.value.start && t.start < loc.value.start + firstHyphen[0].length - 1);
  const commonNoun = (t: (typeof tokens)[number]) => t.tags.has('Noun') && !t.tags.has('ProperNoun') && !t.tags.has('Pronoun');
  // The left part: common nouns up to the hyphen ("vehicle", "glide vehicle"), a noun before them.
  if (inValue.length === 0 || !inValue.every(commonNoun) || !commonNoun(before)) return undefined;
  const hyphenAt = loc.value.start + firstHyphen[0].length - 1;
  const rightEnd = hyphenAt + /^[\p{L}\p{N}]+/u.exec(text.slice(hyphenAt))![0].length;
  return text.slice(before.start, rightEnd);
}

/** A value cut out of a noun phrase keeps its head noun and the words that change what it is. */
function checkValueCut(ctx: SubjectContext, file: string, loc: Located, out: ViolationList): void {
  const { st, block, citation } = loc;
  const compound = startsInsideCompound(ctx, loc);
  if (compound) {
    out.add('value-cut', file, st.valuePath, `${preview(st.value, 60)} starts inside the hyphenated compound "${compound}" in ${preview(citation.quote)} (${citation.source} ${citation.block}): keep the whole of its left part, which says what it is joined to`);
    return;
  }
  // A value that ends at punctuation or before a function word ends its phrase: no need to tag it.
  const next = block.text.slice(loc.value.end, loc.value.end + 24);
  const ends = /^(?:\s*[,.;:!?)”"’(]|\s*$|\s+(?:and|or|of|to|in|on|at|for|with|by|from|as|that|which|who|was|were|is|are|but|while|after|before|than|the|a|an)(?![\p{L}\p{N}]))/u.test(next);
  const reading = ends ? undefined : sentenceReadingAt(ctx.holders, citation.source, block, loc.value.start);
  const tokens = reading?.tokens ?? [];
  const where = `in ${preview(citation.quote)} (${citation.source} ${citation.block})`;
  const after = tokens.find((t) => t.start >= loc.value.end);
  const last = [...tokens].reverse().find((t) => t.end <= loc.value.end && t.start >= loc.value.start);
  if (after && last) {
    const gap = block.text.slice(loc.value.end, after.start);
    const noun = (t: (typeof tokens)[number]) => (t.tags.has('Noun') || t.tags.has('Acronym')) && !t.tags.has('Pronoun');
    const modifier = (t: (typeof tokens)[number]) => noun(t) || t.tags.has('Adjective') || t.tags.has('Value');
    // The phrase runs on: a hyphen, or modifiers then a head noun, with no name of a system in between.
    let k = tokens.indexOf(after);
    let head: (typeof tokens)[number] | undefined;
    if (gap === '-' || (/^\s+$/u.test(gap) && modifier(last) && modifier(after))) {
      // The run of modifiers ends at its last noun: an adjective after a noun ("ICBMs present") follows the phrase.
      let sawNoun = false;
      while (k < tokens.length && /^[\s-]*$/u.test(block.text.slice(tokens[k - 1]!.end, tokens[k]!.start)) && (modifier(tokens[k]!) || block.text[tokens[k]!.start - 1] === '-')) {
        if (sawNoun && !noun(tokens[k]!)) break;
        if (noun(tokens[k]!)) {
          sawNoun = true;
          head = tokens[k];
        } else if (!head) head = tokens[k];
        k++;
      }
    }
    const names = ctx.holders.inBlock(citation.source, block.id).filter((h) => !h.exact);
    // The phrase runs on into a name: a modifier before it ("camouflage-painted Hwasong-17", "the
    // U.S. surveillance aircraft Global Hawk") may stand alone, if no noun of the phrase is left out.
    const name = names.find((h) => h.start >= loc.value.end && head && h.start <= head.start);
    const nounLeft = name ? tokens.some((t) => t.start >= loc.value.end && t.end <= name.start && noun(t)) : true;
    const hasVerb = tokens.some((t) => t.start >= loc.value.start && t.end <= loc.value.end && t.tags.has('Verb') && block.text[t.start - 1] !== '-' && block.text[t.end] !== '-');
    // One modifier, whole ("solid-fuel", "American-made"), may stand for a property; a kind needs its noun.
    // A numeral is no property: "two" of "two new UAV models" counts models, not aircraft.
    const oneModifier = !/\s/u.test(st.value.trim()) && gap !== '-' && st.label !== 'type' && !last.tags.has('Value');
    // A numeral before a name that modifies a head noun after it counts that noun ("two new UAV models").
    const countsHead = !!name && !!head && last.tags.has('Value') && head.start >= name.end;
    if (head && noun(head) && !(name && !nounLeft && !hasVerb && !countsHead) && !oneModifier) {
      out.add('value-cut', file, st.valuePath, `${preview(st.value, 60)} is cut from "${block.text.slice(loc.value.start, head.end)}" ${where}: keep its head noun "${head.text}", which says what it is`);
      return;
    }
    // A verb cut from its object: "the combat drone firing" from "… firing missiles".
    const object = tokens[tokens.indexOf(after)];
    if (last.tags.has('Verb') && /^\s+$/u.test(gap) && object && (noun(object) || ['the', 'a', 'an'].includes(object.text.toLowerCase()))) {
      out.add('value-cut', file, st.valuePath, `${preview(st.value, 60)} stops before the object of "${last.text}" ("${block.text.slice(last.start, object.end)}…") ${where}: keep what it acts on`);
      return;
    }
  }
  // A value may not stop inside a determiner's phrase before any noun of it ("in the far" for "in the far background").
  const tail = /(?:^|\s)(?:the|a|an|its|their|his|her|this|these|those)((?:\s+[\p{L}’'-]+){0,3})$/iu.exec(st.value);
  const nounAfter = /^\s*[\p{L}\p{N}]/u.test(block.text.slice(loc.value.end, loc.value.end + 2));
  if (tail && nounAfter && !/[,.;:]/u.test(block.text.slice(loc.value.end, loc.value.end + 1))) {
    const words = tail[1]!.trim();
    const terms = reading?.tokens.filter((t) => t.start >= loc.value.end - words.length && t.end <= loc.value.end) ?? tagTerms(words);
    if (words === '' || !terms.some((t) => t.tags.has('Noun') && !t.tags.has('Pronoun'))) {
      out.add('value-cut', file, st.valuePath, `${preview(st.value, 60)} stops inside "${tail[0].trim()}…" before its noun ${where}: keep the noun it leads to`);
      return;
    }
  }
  // A quantifier or qualifier right before the value, in the same phrase.
  const before = block.text.slice(Math.max(0, loc.value.start - 40), loc.value.start);
  for (const q of QUALIFIER_PATTERNS) {
    const m = q.before.exec(before);
    if (m && !q.leads.test(st.value)) {
      out.add('value-cut', file, st.valuePath, `${preview(st.value, 60)} leaves out "${m[0].trim()}" before it ${where}: keep it, it changes what the value says`);
      return;
    }
  }
}

/**
 * A fact's or a side's label fits the value's words: the words said of this system, that is,
 * less those inside another system's noun phrase ("surveillance" in "resembling the U.S.
 * surveillance aircraft Global Hawk" is the Global Hawk's role, not the UAV's).
 */
function checkLabel(ctx: SubjectContext, file: string, loc: Located, out: ViolationList): void {
  const { st, block, citation } = loc;
  if (!st.label) return;
  const row = LABEL_WORDS[st.label];
  const path = st.kind === 'side' ? st.path.replace(/\.sides\[\d+\]$/, '.label') : `${st.path}.label`;
  const refuse = (why: string) => out.add('label-unsupported', file, path, `${preview(st.value, 70)} does not speak of "${FACT_LABELS[st.label!]}": ${why}`);
  if (row.caption && citation.blockKind !== 'caption') return refuse(`it is not a photo caption (${citation.source} ${citation.block})`);
  if (row.any) return;
  // The sentence is tagged only when it must be: a word the label needs that stands in a stretch
  // (between commas, brackets or quotation marks) where another system is named may be that
  // system's, and only then are the systems' phrases read; a kind's value is tagged alone first.
  const holders = ctx.holders.inBlock(citation.source, block.id).filter((h) => h.entry !== loc.entry);
  const stretches = [...block.text.slice(loc.value.start, loc.value.end).matchAll(/[^,;:()“”"]+/gu)].map((m) => ({ start: loc.value.start + m.index, end: loc.value.start + m.index + m[0].length }));
  // A stretch that opens with "a", "an" or "the" after one naming another system may be in apposition to it.
  const clear = stretches
    .filter((x, i) => {
      if (holders.some((h) => overlaps(h, x))) return false;
      const before = stretches[i - 1];
      return !(before && /^\s*(?:an?|the)\s/iu.test(block.text.slice(x.start, x.end)) && holders.some((h) => overlaps(h, before)));
    })
    .map((x) => block.text.slice(x.start, x.end))
    .join(' \u2063 ');
  // A side is shown by its own words, with its speaker's and its declared cues: the label is met
  // there, not elsewhere in its quote; only a denial speaks of what its quote says it denies.
  const sideWords = st.kind !== 'side' ? [] : st.factuality.polarity === 'negative' ? [citation.quote] : st.factuality.cues;
  const cueWords = [...st.factuality.speaker.map((l) => l.cue), ...sideWords].join(' \u2063 ');
  const valueAlone = row.nounPhrase ? tagTerms(st.value) : [];
  const looksFinite = valueAlone.some((t) => t.tags.has('Verb') && !t.tags.has('Hyphenated')) || /^(?:millions?|thousands?|hundreds?|dozens?|several|many|some|\d)/iu.test(st.value);
  if (!row.ownPhrase && !looksFinite && holdsWord(`${clear} \u2063 ${cueWords}`, row.words)) return;
  const needsReading = row.nounPhrase || row.ownPhrase || othersNear(ctx, citation.source, block, loc.value.start, loc.entry);
  const reading = needsReading ? sentenceReadingAt(ctx.holders, citation.source, block, loc.value.start) : undefined;
  const others = reading ? reading.phrases.filter((p) => !p.owners.some((h) => h.entry === loc.entry) && !within(loc.subject, p)) : [];
  const ownPhrase = reading?.phraseOf(loc.subject);
  const spans = others.flatMap((p) => [{ start: p.start, end: p.end }, ...(p.apposition ? [p.apposition] : [])]);
  // The value's words said of this system: blanked where another system's phrase stands.
  let words = '';
  for (let i = loc.value.start; i < loc.value.end; i++) words += spans.some((x) => x.start <= i && i < x.end) ? ' ' : block.text[i];
  // A counter-claim declared beside the value is shown with it, but is not what it says.
  const shown = [words, ...st.factuality.speaker.map((l) => l.cue), ...sideWords].join(' \u2063 ');
  if (row.nounPhrase) {
    // Read in its sentence: a hyphenated participle ("vehicle-mounted") or one after an adverb
    // ("remotely piloted") modifies a noun; a verb after a noun ("house featured") is the clause's.
    const terms = (reading?.tokens ?? []).filter((t) => t.start >= loc.value.start && t.end <= loc.value.end && !spans.some((x) => x.start <= t.start && t.end <= x.end));
    const text = block.text;
    const finite = terms.some(
      (t, i, all) =>
        t.tags.has('Copula') ||
        t.tags.has('Modal') ||
        // A verb of its own, but for a participle after an adverb in -ly ("remotely piloted").
        (t.tags.has('Verb') && text[t.start - 1] !== '-' && text[t.end] !== '-' && !(t.tags.has('PastTense') && i > 0 && all[i - 1]!.tags.has('Adverb') && /ly$/iu.test(all[i - 1]!.text))),
    );
    if (finite || (terms[0] && terms[0].tags.has('Verb') && text[terms[0].end] !== '-')) return refuse('a kind is a noun phrase, and the value has a verb of its own');
    if (terms[0] && (terms[0].tags.has('Value') || /^(?:millions?|thousands?|hundreds?|dozens?|several|many|some)$/iu.test(terms[0].text))) return refuse('a kind is what the thing is, not how many there are');
  }
  if (holdsWord(shown, row.words)) return;
  const ownWords = ownPhrase && within(loc.value, ownPhrase) ? words : '';
  if (row.ownPhrase && ownWords && holdsWord(ownWords, row.ownPhrase)) return;
  // A designation's number ("Hwasong-17") and a date's ("Friday, Nov. 18, 2022") are no quantity.
  const unnamed = withoutDates(findDesignations(words).reduce((w, d) => w.slice(0, d.start) + ' '.repeat(d.end - d.start) + w.slice(d.end), words));
  const ownUnnamed = ownWords && unnamed;
  if (row.tags && ownUnnamed.trim() && tagTerms(ownUnnamed).some((t) => row.tags!.some((tag) => t.tags.has(tag)))) return;
  if (row.tags && !row.ownPhrase && tagTerms(unnamed).some((t) => row.tags!.some((tag) => t.tags.has(tag)))) return;
  refuse(`none of the words it says of ${nameOf(ctx, loc.entry)} is one the label needs (${row.words.slice(0, 6).map((w) => `"${w.replace(/\*$/, '…')}"`).join(', ')}…)`);
}

/** A relation's type is what its words say between its subject and its target. */
function checkRelation(ctx: SubjectContext, file: string, loc: Located, out: ViolationList): void {
  const { st, block, citation } = loc;
  const rel = st.relation!;
  // A target that is no entry, or did not parse, is reported once, elsewhere.
  if (!ctx.names.has(rel.target)) return;
  const where = `in ${preview(citation.quote)} (${citation.source} ${citation.block})`;
  const at = occurrences(citation.quote, rel.targetWords).map((s) => ({ start: s.start + citation.start - block.start, end: s.end + citation.start - block.start }));
  if (at.length === 0) {
    out.add('target-not-in-quote', file, `${st.path}.targetWords`, `"${rel.targetWords}" is not in the cited quote ${preview(citation.quote)}`);
    return;
  }
  const holders = ctx.holders.inBlock(citation.source, block.id);
  const targetSpan = at.find((s) => holders.some((h) => h.entry === rel.target && overlaps(h, s)));
  if (!targetSpan) {
    out.add('target-not-entry', file, `${st.path}.targetWords`, `"${rel.targetWords}" does not name ${nameOf(ctx, rel.target)} ${where}`);
    return;
  }
  const reading = sentenceReadingAt(ctx.holders, citation.source, block, loc.subject.start);
  const s = reading?.phraseOf(loc.subject);
  const t = reading?.phraseOf(targetSpan);
  const need = RELATION_NEEDS[rel.type];
  let found: string | undefined;
  if (reading && s && t && reading.tokens.some((x) => overlaps(x, targetSpan))) {
    const tie = reading.complements.find((c) => c.subjects.includes(s) && c.objects.includes(t));
    if (need.needs === 'likeness' && tie?.kind === 'likeness') return;
    if (need.needs === 'identity' && tie?.kind === 'identity') return;
    if (need.needs === 'kind' && ((s === t && t.kinds.some((k) => overlaps(k, targetSpan))) || reading.members.some((m) => m.phrases.includes(s) && overlaps(m.of, targetSpan)))) return;
    // A name whose head is the target's words is a kind of it: "152-millimeter artillery shells" of "artillery shells".
    if (need.needs === 'kind' && s === t && t.owner.entry === loc.entry && targetSpan.start > t.owner.start && targetSpan.end === t.owner.end && overlaps(t.owner, loc.subject)) return;
    const listed = s !== t && (reading.coordinatedWith(s).includes(t) || reading.members.some((m) => m.phrases.includes(s) && m.phrases.includes(t)));
    const sentenceText = block.text.slice(reading.sentence.start, reading.sentence.end);
    if (rel.type === 'listed-with' && !tie && listed) return;
    if (rel.type === 'exhibited-with' && !tie && s !== t && holdsWord(sentenceText, need.words ?? [])) {
      // Shown together: listed together, one along with the other, or each in its own clause of one sentence.
      if (reading.joined(s, t) || (!reading.complementOf(targetSpan) && !reading.complementOf(loc.subject))) return;
    }
    found = tie ? `it ${tie.kind === 'likeness' ? 'compares' : 'identifies'} them ("${tie.cue.text}")` : s === t ? 'they are one noun phrase' : reading.joined(s, t) ? 'it lists them together' : 'nothing ties them';
  } else found = 'they are not in one sentence';
  out.add(
    'relation-unsupported',
    file,
    `${st.path}.type`,
    `the quote does not say that "${st.subject.subject}" ${RELATION_LABELS[rel.type]} "${rel.targetWords}": ${found} ${where}`,
  );
}

/**
 * Checks every statement of an entry: its subject names the entry (or refers to it through
 * words that do), the value is said of it, a value cut from a noun phrase keeps its head and
 * its qualifiers, a label fits its value, a relation's type fits its words, and the sides of a
 * difference differ.
 */
export function checkSubjects(ctx: SubjectContext, checked: CheckedEntry, out: ViolationList): void {
  const { entry, file } = checked;
  const labelled = new Set<string>();
  for (const st of listStatements(entry)) {
    for (const path of st.citationPaths) {
      const citation = checked.resolved.get(path);
      if (!citation) continue;
      const block = ctx.sources.get(citation.source)?.blocks.find((b) => b.id === citation.block);
      if (!block || !citation.quote.includes(st.value)) continue;
      const subject = locateSubject(st.subject, st.value, citation, block);
      if (!subject) {
        out.add('subject-not-in-quote', file, `${st.path}.subject`, `"${st.subject.subject}" is not in the cited quote ${preview(citation.quote)}`);
        continue;
      }
      const at = citation.start - block.start + citation.quote.indexOf(st.value);
      const loc: Located = { entry: entry.slug, st, citation, block, subject, value: { start: at, end: at + st.value.length } };
      if (!labelled.has(st.path)) {
        labelled.add(st.path);
        checkLabel(ctx, file, loc, out);
      }
      if (!checkSubjectNames(ctx, entry, file, loc, out)) continue;
      checkAttachment(ctx, entry, file, loc, out);
      if (st.kind === 'fact') checkValueCut(ctx, file, loc, out);
      if (st.kind === 'relation') checkRelation(ctx, file, loc, out);
    }
  }
  entry.differences.forEach((d, i) => checkSides(checked, i, out));
}

/** Articles and punctuation do not change what a side says: "A camouflage-painted" is "camouflage-painted". */
const sideWords = (value: string) =>
  samePlaces(value)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !['a', 'an', 'the'].includes(w))
    .join(' ');

/** Words that set one account against another. */
const CONTRAST = /(?<![\p{L}])(?:but|however|whereas|contrary|instead|unlike|rather than|although|though|yet|disagree\w*|contradict\w*|counter\w*)(?![\p{L}])/iu;

/** Whether a side denies, negates or sets itself against something: in its words, its cues or its speakers' cues. */
function contrasts(st: Statement): boolean {
  if (st.factuality.polarity === 'negative') return true;
  const words = [st.value, ...st.factuality.cues, ...st.factuality.speaker.map((l) => l.cue)].join(' \u2063 ');
  return CONTRAST.test(words) || findCues(words).some((c) => c.negative);
}

/**
 * The sides of a difference disagree: no two cite the same words with the same speaker, none says
 * what another says (the same words but for case, articles and punctuation, or words held inside
 * the other's) unless one denies what the other does not, and at least one side denies, negates or
 * contrasts, or the sides are different accounts (other speakers, or other passages) in other words.
 */
function checkSides(checked: CheckedEntry, i: number, out: ViolationList): void {
  const { entry, file } = checked;
  const sides = listStatements({ ...entry, facts: [], relations: [], differences: [entry.differences[i]!] }).map((st) => ({
    ...st,
    path: st.path.replace('differences[0]', `differences[${i}]`),
    citation: checked.resolved.get(`differences[${i}].${st.path.replace(/^differences\[0\]\./u, '')}.citation`),
  }));
  const speakerOf = (st: Statement) => JSON.stringify(st.factuality.speaker.map((l) => [l.party.toLowerCase(), l.cue.toLowerCase()]));
  let disagree = false;
  for (let a = 0; a < sides.length; a++) {
    for (let b = a + 1; b < sides.length; b++) {
      const [x, y] = [sides[a]!, sides[b]!];
      const at = `differences[${i}].sides[${b}]`;
      const sameSpeaker = speakerOf(x) === speakerOf(y);
      const sameQuote = !!x.citation && !!y.citation && x.citation.source === y.citation.source && x.citation.start === y.citation.start && x.citation.end === y.citation.end;
      const [wx, wy] = [sideWords(x.value), sideWords(y.value)];
      const held = wx === wy || ` ${wx} `.includes(` ${wy} `) || ` ${wy} `.includes(` ${wx} `);
      const oneDenies = contrasts(x) !== contrasts(y) || x.factuality.polarity !== y.factuality.polarity;
      if (sameQuote && sameSpeaker && !oneDenies) {
        out.add('sides-same', file, at, `cites the same words as sides[${a}] (${preview(x.citation!.quote, 60)}) with the same speaker: one account cannot differ from itself`);
      } else if (held && !oneDenies) {
        out.add('sides-same', file, at, `${preview(y.value, 60)} says what sides[${a}] says (${preview(x.value, 60)})${sameSpeaker ? ', with the same speaker' : ''}: the same words, or words held in the other's, are no difference`);
      } else if (oneDenies || contrasts(x) || contrasts(y) || ((!sameSpeaker || !sameQuote) && !held)) disagree = true;
    }
  }
  // A side that only denies ("which the North has denied") denies what another side reports as a
  // whole: the difference is over that report, and its label must be what the report is.
  const row = LABEL_WORDS[entry.differences[i]!.label];
  const FUNCTION = new Set(['which', 'that', 'this', 'it', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'not', 'did', 'does', 'do', 'so', 'also', 'all', 'any']);
  const onlyDenies = (st: Statement) => {
    if (!contrasts(st)) return false;
    const said = new Set(sideWords(st.factuality.speaker.flatMap((l) => [l.party, l.cue]).join(' ')).split(' '));
    const denial = findCues(st.value).filter((c) => c.negative);
    const rest = denial.reduce((v, c) => v.slice(0, c.start) + ' '.repeat(c.end - c.start) + v.slice(c.end), st.value);
    return sideWords(rest).split(' ').every((w) => !w || said.has(w) || FUNCTION.has(w));
  };
  for (const y of sides) {
    if (row.any || !onlyDenies(y)) continue;
    const reported = sides.filter((x) => x !== y).map((x) => [...x.factuality.speaker.map((l) => l.cue), ...x.factuality.cues].join(' \u2063 '));
    if (!reported.some((r) => holdsWord(`${r} \u2063 ${y.value}`, row.words))) {
      out.add('label-unsupported', file, `differences[${i}].label`, `${preview(y.value, 60)} denies what the other side reports as a whole, not its "${FACT_LABELS[entry.differences[i]!.label]}": the difference is over the report, so its label must be what the report's words say (${reported.map((r) => `"${r}"`).join(', ') || 'no reporting words'})`);
      break;
    }
  }
  if (!disagree && !out.items.some((v) => v.file === file && v.rule === 'sides-same' && v.path.startsWith(`differences[${i}].`))) {
    out.add('sides-same', file, `differences[${i}].sides[1]`, `no side denies, negates or sets itself against another, and they are not different accounts in different words: sides that agree are facts, not a difference`);
  }
}

/**
 * A cited mention that does not name the system ("the combat drone") says which words of its
 * passage, or the passage before, it points back to; they must name the system, with no other
 * system named in between.
 */
export function checkMentionReferences(ctx: SubjectContext, checked: CheckedEntry, out: ViolationList): void {
  const { entry, file } = checked;
  entry.mentions.forEach((m, i) => {
    const citation = checked.resolved.get(`mentions[${i}]`);
    const block = citation && ctx.sources.get(citation.source)?.blocks.find((b) => b.id === citation.block);
    if (!citation || !block) return;
    const span = { start: citation.start - block.start, end: citation.end - block.start };
    const st: Statement = {
      path: `mentions[${i}]`,
      kind: 'fact',
      valuePath: `mentions[${i}].quote`,
      value: m.quote,
      subject: { subject: m.quote, ...(m.refersTo !== undefined && { refersTo: m.refersTo }) },
      factuality: { certainty: 'certain', polarity: 'positive', cues: [], speaker: [], overrides: [] },
      citationPaths: [`mentions[${i}]`],
      siblingPaths: [],
    };
    const names = ctx.holders.inBlock(citation.source, block.id).filter((h) => !h.exact && h.entry === entry.slug && h.start >= span.start && h.end <= span.end);
    if (names.length > 0 && m.refersTo === undefined) return;
    checkSubjectNames(ctx, entry, file, { entry: entry.slug, st, citation, block, subject: span, value: span }, out);
  });
}
