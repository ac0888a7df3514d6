/**
 * Which system a stretch of a sentence is said of. Given the places where catalogued systems are
 * named or referred to in a sentence (holders), it reads the sentence's noun phrases around them
 * and the few words that tie phrases together — "and", "along with", "such as", "of", a
 * likeness ("resembling"), an identification ("appeared to be"), a relative clause, a report's
 * complement — and says which holders a span is attached to. Deterministic: part-of-speech
 * tags from compromise (catalog/text/tag-terms.ts), then the tables below.
 *
 * It answers what it can read and leaves the rest to the caller: where no rule decides, the
 * holder nearest to the span in its clause is the closer attachment.
 */
import { tagTerms, type Term } from './tag-terms';
import type { SentenceSpan } from './sentences';

export interface Span {
  start: number;
  end: number;
}

/** A place in a passage that names or refers to a catalogued system. */
export interface Holder extends Span {
  entry: string;
  text: string;
  /** Words a curator gave as a referring phrase ("The latest model"): read as written, not extended. */
  exact?: boolean;
}

/** A holder's noun phrase: its modifiers, its head noun, a bracketed aside and an apposition. */
export interface Phrase extends Span {
  holders: Holder[];
  /** The holder the phrase is about: the name, where a group's name is its head noun ("Hwasong-17 intercontinental ballistic missile"). */
  owner: Holder;
  /** The owner and any holder of another system on the same words ("Such munitions" for shells and rounds alike). */
  owners: Holder[];
  /** Holders that name the head noun of the phrase, which the owner is a kind of. */
  kinds: Holder[];
  /** "a hunter-killer UAV" in "the MQ 9 Reaper, a hunter-killer UAV". */
  apposition?: Span;
}

/** Words between a likeness or identification and what it compares or identifies. */
export interface Complement {
  kind: 'likeness' | 'identity';
  cue: Span & { text: string };
  /** The phrases it compares with or identifies as (with those coordinated with them). */
  objects: Phrase[];
  /** A noun phrase that names no system it identifies its subject as ("it was | a solid-fuel missile"). */
  noun?: Span;
  /** The phrases it is said of: the nearest phrases before it in its clause. */
  subjects: Phrase[];
}

export interface Attachment {
  owners: Holder[];
  /** How it was decided, for messages: "in the noun phrase", "of …", "the clause's subject", "nearest". */
  how: 'phrase' | 'apposition' | 'of' | 'relative clause' | 'subject' | 'members' | 'nearest' | 'none';
}

interface Token extends Term {
  lower: string;
  index: number;
}

/** Identifications: what follows names what the subject is (or is said to be). */
export const IDENTITY_CUES: readonly string[] = [
  'appeared to be', 'appears to be', 'appear to be', 'seemed to be', 'seems to be', 'believed to be', 'thought to be',
  'said to be', 'claimed to be', 'identified as', 'known as', 'named', 'called', 'dubbed', 'designated as', 'designated',
  'is', 'was', 'are', 'were',
];

/** Likenesses: what follows is what the subject is compared with. */
export const LIKENESS_CUES: readonly string[] = [
  'resembling', 'resembles', 'resemble', 'resembled', 'similar to', 'akin to', 'like', 'modeled on', 'modelled on',
  'modeled after', 'modelled after', 'based on', 'a copy of', 'copies of', 'a version of', 'compared with', 'compared to',
  'reminiscent of', 'in the style of', 'lookalike of', 'look-alike of',
];

/**
 * The other side of a comparison: what follows these words is another thing than the clause's
 * subject ("less time to prepare than a liquid-fuel model", "unlike its predecessor", "rather
 * than a cruise missile"). A likeness ("resembling", "similar to") compares with another thing too.
 */
export const COMPARISON_CUES: readonly string[] = [
  'than', 'unlike', 'compared with', 'compared to', 'in comparison with', 'in comparison to', 'rather than', 'instead of',
  'as opposed to', 'in contrast to', 'in contrast with', 'versus', 'vs.',
];

/** Words that put the phrases after them in a list of members of the phrase before them. */
export const MEMBERSHIP_CUES: readonly string[] = [
  'such as', 'including', 'include', 'includes', 'included', 'like', 'especially', 'notably', 'among them', 'in particular',
];

/** Words that add the phrase after them to what the clause's predicate is said of. */
export const ACCOMPANIMENT_CUES: readonly string[] = ['along with', 'together with', 'alongside', 'as well as', 'in addition to', 'accompanied by'];

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'that', 'such', 'its', 'their', 'his', 'her', 'our', 'both', 'each', 'every', 'another', 'some', 'any', 'no']);
const PRONOUNS = new Set(['it', 'they', 'them', 'he', 'she', 'him', 'its', 'their', 'this', 'these', 'those', 'which', 'that', 'one', 'ones']);
const RELATIVIZERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);
/** Words before "than" that make it a bound on a number ("more than 100"), not a comparison with another thing. */
const BOUNDS = /(?:more|less|fewer|over|under|greater|higher|lower)\s*$/iu;
const TIME_WORDS = /\b(?:day|days|week|weeks|month|months|year|years|ago|after|before|earlier|later)\b/iu;

const phraseSource = (p: string) => p.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
const compile = (phrases: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...phrases].sort((a, b) => b.length - a.length).map(phraseSource).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
const IDENTITY = compile(IDENTITY_CUES);
const LIKENESS = compile(LIKENESS_CUES);
const MEMBERSHIP = compile(MEMBERSHIP_CUES);
const ACCOMPANIMENT = compile(ACCOMPANIMENT_CUES);
const COMPARED = compile([...COMPARISON_CUES, ...LIKENESS_CUES]);

const has = (t: Token, tag: string) => t.tags.has(tag);
const isPronoun = (t: Token) => has(t, 'Pronoun') || (PRONOUNS.has(t.lower) && !has(t, 'Determiner'));
const isDeterminer = (t: Token) => DETERMINERS.has(t.lower) || (has(t, 'Determiner') && !RELATIVIZERS.has(t.lower));
const isNoun = (t: Token) => (has(t, 'Noun') || has(t, 'Acronym') || has(t, 'Value')) && !isPronoun(t);
const isModifier = (t: Token) => isNoun(t) || has(t, 'Adjective');
const isFiniteVerb = (t: Token) => has(t, 'Verb') && !has(t, 'Gerund') && !has(t, 'Infinitive') && !has(t, 'Hyphenated');
const inside = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** "of" right after a phrase, with its spaces. */
const OF_AFTER = /^\s+of\s+/iu;

/** A sentence read once: its tokens, its holders' phrases, and how they are tied together. */
export class SentenceReading {
  readonly tokens: Token[];
  readonly phrases: Phrase[];
  readonly complements: Complement[];
  /** Clause boundaries: offsets where a new clause starts, with the phrases a relative clause is said of. */
  private readonly regions: { start: number; end: number; antecedent?: Phrase[] }[];
  private readonly coordinated = new Map<Phrase, Set<Phrase>>();
  private readonly accompanied = new Map<Phrase, Set<Phrase>>();
  /** Relative clauses whose antecedent names no system: the noun phrase they describe, by where the clause starts. */
  private readonly describedBy = new Map<number, Span | undefined>();
  /**
   * Lists after "such as", "including", "include": the noun phrase before the cue (`of`), the
   * holders' phrases listed, and the plain noun phrase right after the cue when it names no system
   * ("Arms … include | weapons based on Soviet designs, such as …").
   */
  readonly members: { of: Span; phrases: Phrase[]; after?: Span }[] = [];

  constructor(
    readonly text: string,
    readonly sentence: SentenceSpan,
    holders: readonly Holder[],
    reportCues: readonly Span[] = [],
  ) {
    const own = text.slice(sentence.start, sentence.end);
    this.tokens = tagTerms(own).map((t, index) => ({ ...t, start: t.start + sentence.start, end: t.end + sentence.start, lower: t.text.toLowerCase(), index }));
    const inSentence = holders.filter((h) => h.start >= sentence.start && h.end <= sentence.end);
    this.phrases = this.buildPhrases(inSentence);
    for (const p of this.phrases) {
      this.coordinated.set(p, new Set([p]));
      this.accompanied.set(p, new Set());
    }
    this.joinCoordinated();
    this.regions = this.buildRegions(reportCues);
    this.findMembers();
    this.complements = this.findComplements();
    this.joinAccompanied();
  }

  private gap(a: Span, b: Span): string {
    return this.text.slice(a.end, b.start);
  }

  private tokenIndexAt(offset: number): number {
    return this.tokens.findIndex((t) => t.end > offset);
  }

  /** Noun phrases around the holders; phrases that run into one another are one phrase. */
  private buildPhrases(holders: readonly Holder[]): Phrase[] {
    const tokens = this.tokens;
    const spans: { start: number; end: number; holders: Holder[]; apposition?: Span }[] = [];
    for (const h of [...holders].sort((a, b) => a.start - b.start || b.end - a.end)) {
      const covered = tokens.filter((t) => overlaps(t, h));
      if (covered.length === 0) continue;
      let i0 = covered[0]!.index;
      let i1 = covered.at(-1)!.index;
      const joinable = (a: Token, b: Token) => /^[\s\u00a0-]*$/u.test(this.gap(a, b)) && !/\n\s*\n/.test(this.gap(a, b));
      const inOther = (t: Token) => holders.some((o) => o !== h && overlaps(t, o));
      // Pronouns and a curator's referring phrase stand as written: "it", "they", "The latest model".
      if (!h.exact && !(covered.length === 1 && isPronoun(covered[0]!))) {
        while (i0 > 0) {
          const t = tokens[i0 - 1]!;
          if (!joinable(t, tokens[i0]!)) break;
          const hyphen = this.gap(t, tokens[i0]!) === '-';
          if (inOther(t) || hyphen || (isModifier(t) && !has(t, 'Verb'))) {
            i0--;
            continue;
          }
          if (isDeterminer(t)) i0--;
          break;
        }
        let end = i1;
        while (end + 1 < tokens.length) {
          const t = tokens[end + 1]!;
          if (!joinable(tokens[end]!, t)) break;
          const hyphen = this.gap(tokens[end]!, t) === '-';
          if (inOther(t) || hyphen || (isModifier(t) && !has(t, 'Verb') && !isDeterminer(t))) end++;
          else break;
        }
        // A phrase ends on a noun: trailing adjectives belong to what follows ("an ICBM capable of…").
        while (end > i1 && !isNoun(tokens[end]!) && this.gap(tokens[end - 1]!, tokens[end]!) !== '-') end--;
        i1 = end;
      }
      let start = tokens[i0]!.start;
      let stop = tokens[i1]!.end;
      const aside = /^\s*\([^()\n]{1,40}\)/u.exec(this.text.slice(stop, this.sentence.end));
      if (aside) stop += aside[0].length;
      const apposition = this.apposition(stop);
      start = Math.min(start, h.start);
      stop = Math.max(stop, h.end);
      const merged = spans.find((s) => overlaps(s, { start, end: stop }));
      if (merged) {
        merged.start = Math.min(merged.start, start);
        merged.end = Math.max(merged.end, stop);
        merged.holders.push(h);
        merged.apposition ??= apposition;
      } else spans.push({ start, end: stop, holders: [h], ...(apposition && { apposition }) });
    }
    return spans.map((s) => {
      const holders = s.holders.sort((a, b) => a.start - b.start);
      // Several holders in one phrase: the first names the thing, the ones after it its kind.
      const owner = holders[0]!;
      const owners = holders.filter((x) => x.start === owner.start && x.end === owner.end);
      const kinds = holders.filter((x) => x.entry !== owner.entry && x.start >= owner.end);
      return { start: s.start, end: s.end, holders, owner, owners, kinds, ...(s.apposition && { apposition: s.apposition }) };
    });
  }

  /** ", a remotely piloted high-altitude surveillance aircraft," after a phrase ending at `at`. */
  private apposition(at: number): Span | undefined {
    const after = this.text.slice(at, this.sentence.end);
    const comma = /^\s*,\s*/u.exec(after);
    if (!comma) return undefined;
    const from = at + comma[0].length;
    const i = this.tokenIndexAt(from);
    if (i === -1 || this.tokens[i]!.start !== from || !['a', 'an', 'the'].includes(this.tokens[i]!.lower)) return undefined;
    let j = i;
    while (j + 1 < this.tokens.length && j - i < 10) {
      const next = this.tokens[j + 1]!;
      if (!/^[\s\u00a0-]*$/u.test(this.gap(this.tokens[j]!, next))) break;
      const verbal = has(next, 'Copula') || has(next, 'Modal') || has(next, 'Auxiliary') || (has(next, 'PresentTense') && has(next, 'Verb'));
      if (verbal || has(next, 'Conjunction') || RELATIVIZERS.has(next.lower) || (has(next, 'Preposition') && next.lower !== 'of')) return undefined;
      j++;
    }
    const last = this.tokens[j]!;
    const rest = this.text.slice(last.end, this.sentence.end);
    if (!isNoun(last) || !/^(?:\s*[,;.!?”"’)]|\s*$|\s+and\s)/u.test(rest)) return undefined;
    const span = { start: from, end: last.end };
    if (TIME_WORDS.test(this.text.slice(span.start, span.end))) return undefined;
    return span;
  }

  private union(map: Map<Phrase, Set<Phrase>>, a: Phrase, b: Phrase): void {
    const joined = new Set([...map.get(a)!, ...map.get(b)!]);
    for (const p of joined) map.set(p, joined);
  }

  /** "X and Y", "X, Y and Z", "X or Y": one list. */
  private joinCoordinated(): void {
    for (let i = 0; i + 1 < this.phrases.length; i++) {
      const [a, b] = [this.phrases[i]!, this.phrases[i + 1]!];
      const between = this.text.slice(a.apposition?.end ?? a.end, b.start);
      if (/^\s*(?:,\s*)?(?:and|or|and\s+also|plus|as\s+well\s+as)\s+$/iu.test(between) || /^\s*,\s*$/u.test(between)) this.union(this.coordinated, a, b);
    }
  }

  /** Clauses: the sentence cut where a new clause starts; relative clauses know what they describe. */
  private buildRegions(reportCues: readonly Span[]): { start: number; end: number; antecedent?: Phrase[] }[] {
    const { start, end } = this.sentence;
    const own = this.text.slice(start, end);
    const cuts = new Map<number, Phrase[] | undefined>();
    const cut = (at: number, antecedent?: Phrase[]) => {
      if (at > start && at < end && !cuts.has(at)) cuts.set(at, antecedent);
    };
    for (const m of own.matchAll(/;|,?\s+(?:but|while|whereas|although|though|yet)\s|,\s+(?:giving|allowing|making|leaving|meaning)\s/giu)) cut(start + m.index);
    // A subordinate clause of time or cause: ", a day after …", ", before …", ", because …".
    for (const m of own.matchAll(/,\s+(?:(?:a|one|two|three|several)\s+(?:day|days|week|weeks|month|months|year|years)\s+)?(?:after|before|when|because|since|until|as)\s/giu)) cut(start + m.index);
    // Relative clauses: ", which …" and "… that would …" right after a phrase.
    for (const m of own.matchAll(/(,\s+|\s+)(which|who|whom|whose|where|that)\s/giu)) {
      const at = start + m.index;
      const before = this.phrases.filter((p) => p.end <= at && /^[\s,]*$/u.test(this.text.slice(p.end, at)));
      const t = this.tokens[this.tokenIndexAt(at + m[1]!.length)];
      const restrictive = m[1]!.trim() === '';
      if (restrictive && (!t || (m[2]!.toLowerCase() === 'that' && before.length === 0))) continue;
      const antecedent = before.length > 0 ? [...this.coordinated.get(before.at(-1)!)!] : undefined;
      cut(at, antecedent ?? []);
      if (!antecedent) this.describedBy.set(at, this.nounBefore(at));
      if (restrictive) {
        // The clause ends before the main verb that follows its own ("arms that would fit Moscow’s needs | include").
        const after = this.tokens.filter((x) => x.start > at + m[0].length);
        let sawObject = false;
        for (const x of after) {
          if (!has(x, 'Verb')) sawObject = true;
          else if (sawObject && isFiniteVerb(x)) {
            cut(x.start);
            break;
          }
        }
      }
    }
    // A report's complement is a clause of its own: "North Korea claimed | it was a solid-fuel missile".
    for (const r of reportCues) if (r.start >= start && r.end < end) cut(r.end);
    // A fronted participle: "Named the Hwasong-18, | North Korea claimed…".
    const first = this.tokens[0];
    if (first && has(first, 'Verb') && (has(first, 'PastTense') || has(first, 'Gerund'))) {
      const comma = own.indexOf(',');
      if (comma > 0) cut(start + comma);
    }
    const points = [...cuts.keys()].sort((a, b) => a - b);
    const bounds = [start, ...points, end];
    return bounds.slice(0, -1).map((s, i) => ({ start: s, end: bounds[i + 1]!, ...(cuts.get(s) && { antecedent: cuts.get(s) }) }));
  }

  /** The noun phrase that starts at token `i`, with its prepositional phrases ("weapons based on Soviet designs"). */
  private nounAfter(i: number): Span | undefined {
    let j = i;
    while (j + 1 < this.tokens.length && /^[\s-]*$/u.test(this.gap(this.tokens[j]!, this.tokens[j + 1]!))) {
      const t = this.tokens[j + 1]!;
      if (isModifier(t) || isDeterminer(t) || ['of', 'on', 'by', 'from'].includes(t.lower) || (has(t, 'PastTense') && !has(t, 'Copula'))) j++;
      else break;
    }
    return { start: this.tokens[i]!.start, end: this.tokens[j]!.end };
  }

  /**
   * The noun phrases a phrase is listed as one of, nearest first, following chains: "Arms … include
   * weapons based on Soviet designs, such as 122-millimeter shells" gives "weapons based on Soviet
   * designs", then "Arms stockpiled by Pyongyang that would fit Moscow’s needs".
   */
  setsOf(p: Phrase): Span[] {
    const sets: Span[] = [];
    let current = this.members.filter((m) => m.phrases.includes(p)).map((m) => m.of);
    while (current.length > 0 && sets.length < 6) {
      sets.push(...current);
      current = this.members.filter((m) => m.after && current.some((c) => overlaps(c, m.after!))).map((m) => m.of);
    }
    return sets;
  }

  /** The noun phrase that ends right before `at` ("a solid-fuel missile" before ", which …"). */
  private nounBefore(at: number): Span | undefined {
    const before = this.tokens.filter((t) => t.end <= at);
    let i = before.length - 1;
    if (i < 0 || !isNoun(before[i]!)) return undefined;
    const end = before[i]!.end;
    while (i > 0 && (isModifier(before[i - 1]!) || isDeterminer(before[i - 1]!)) && /^[\s-]*$/u.test(this.gap(before[i - 1]!, before[i]!))) i--;
    return { start: before[i]!.start, end };
  }

  private regionOf(at: number) {
    return this.regions.find((r) => r.start <= at && at < r.end) ?? this.regions.at(-1)!;
  }

  /** "…were displayed in plain sight, along with … variants of a new UAV": the UAV joins the clause's subject. */
  private joinAccompanied(): void {
    for (const m of this.sentenceText().matchAll(ACCOMPANIMENT)) {
      const at = this.sentence.start + m.index;
      const cueEnd = at + m[0].length;
      const region = this.regionOf(at);
      const after = this.phrases.find((p) => p.start >= cueEnd && p.end <= region.end && this.isNounRun(cueEnd, p.start));
      const before = this.phrases.filter((p) => p.end <= at && p.start >= region.start && !this.isComplementPhrase(p, at));
      if (!after || before.length === 0) continue;
      for (const p of this.coordinated.get(before.at(-1)!)!) for (const q of this.coordinated.get(after)!) {
        this.accompanied.get(p)!.add(q);
        this.accompanied.get(q)!.add(p);
      }
    }
  }

  /** Whether only noun-phrase words (and "of") stand between two offsets: "reconnaissance and combat variants of a". */
  private isNounRun(from: number, to: number): boolean {
    if (/[,;:“”"()]/u.test(this.text.slice(from, to))) return false;
    return this.tokens.filter((t) => t.start >= from && t.end <= to).every((t) => isModifier(t) || isDeterminer(t) || ['of', 'and', 'or'].includes(t.lower) || this.gap(t, this.tokens[t.index + 1] ?? t) === '-');
  }

  private sentenceText(): string {
    return this.text.slice(this.sentence.start, this.sentence.end);
  }

  /** "arms including millions of artillery shells", "weapons …, such as 122-millimeter shells and …". */
  private findMembers(): void {
    for (const m of this.sentenceText().matchAll(MEMBERSHIP)) {
      const at = this.sentence.start + m.index;
      const cueEnd = at + m[0].length;
      const first = this.phrases.find((p) => p.start >= cueEnd && this.isNounRun(cueEnd, p.start));
      const nextNoun = this.tokens.find((t) => t.start >= cueEnd);
      const after = !first && nextNoun && (isModifier(nextNoun) || isDeterminer(nextNoun)) ? this.nounAfter(nextNoun.index) : undefined;
      if (!first && !after) continue;
      // A verb ("Arms … include weapons …"): they are members of its subject, the clause before it.
      if (/^includ(?:e|es|ed)$/iu.test(m[0])) {
        const opener = [...this.sentenceText().slice(0, m.index).matchAll(/;|,?\s+(?:but|while|whereas|although|though|yet)\s/giu)].at(-1);
        const from = this.sentence.start + (opener ? opener.index + opener[0].length : 0);
        const of = { start: from + (/^\s*/u.exec(this.text.slice(from, at))![0].length), end: at - (/\s*$/u.exec(this.text.slice(from, at))![0].length) };
        if (of.end > of.start) this.members.push({ of, phrases: first ? [...this.coordinated.get(first)!] : [], ...(after && { after }) });
        continue;
      }
      // What they are members of: the noun phrase right before the cue (less a comma), with its
      // prepositional phrases ("weapons based on Soviet designs"); its last word is its head,
      // whatever the tagger made of it.
      const before = this.tokens.filter((t) => t.end <= at);
      const i = before.length - 1;
      if (i < 0) continue;
      let j = i;
      while (j > 0) {
        const t = before[j - 1]!;
        if (!/^[\s-]*$/u.test(this.gap(t, before[j]!))) break;
        const participle = has(t, 'PastTense') && !has(before[j - 2] ?? t, 'Auxiliary') && !has(before[j - 2] ?? t, 'Copula');
        if (isModifier(t) || isDeterminer(t) || ['of', 'on', 'by', 'from', 'in'].includes(t.lower) || (participle && !has(t, 'Copula'))) j--;
        else break;
      }
      while (j < i && !isNoun(before[j]!) && !isDeterminer(before[j]!)) j++;
      this.members.push({ of: { start: before[j]!.start, end: before[i]!.end }, phrases: first ? [...this.coordinated.get(first)!] : [], ...(after && { after }) });
    }
  }

  /** Likenesses and identifications with what they are said of and what they compare or identify. */
  private findComplements(): Complement[] {
    const found: Complement[] = [];
    for (const [kind, pattern] of [['likeness', LIKENESS], ['identity', IDENTITY]] as const) {
      for (const m of this.sentenceText().matchAll(pattern)) {
        const cue = { start: this.sentence.start + m.index, end: this.sentence.start + m.index + m[0].length, text: m[0] };
        if (kind === 'likeness' && /^like$/iu.test(m[0]) && this.members.some((x) => x.of.end <= cue.start && cue.start - x.of.end < 3)) continue;
        const region = this.regionOf(cue.start);
        const object = this.phrases.find((p) => p.start >= cue.end && p.start < region.end + 1 && this.isNounRun(cue.end, p.start));
        if (!object) {
          const next = this.tokens.find((t) => t.start >= cue.end);
          const subjects = this.phrases.filter((p) => p.end <= cue.start && p.start >= region.start);
          if (kind === 'identity' && next && isDeterminer(next) && subjects.length > 0) {
            let j = next.index;
            while (j + 1 < this.tokens.length && (isModifier(this.tokens[j + 1]!) || this.gap(this.tokens[j]!, this.tokens[j + 1]!) === '-') && /^[\s-]*$/u.test(this.gap(this.tokens[j]!, this.tokens[j + 1]!))) j++;
            if (j > next.index) found.push({ kind, cue, objects: [], noun: { start: next.start, end: this.tokens[j]!.end }, subjects: [...this.coordinated.get(subjects.at(-1)!)!] });
          }
          continue;
        }
        // A copula before a verb ("were displayed") identifies nothing.
        const between = this.tokens.filter((t) => t.start >= cue.end && t.end <= object.start);
        if (between.some((t) => has(t, 'Verb'))) continue;
        const objects = [...this.coordinated.get(object)!].filter((p) => p.start >= cue.end);
        const subjects = this.phrases.filter((p) => p.end <= cue.start && p.start >= region.start && !found.some((c) => c.objects.includes(p)));
        const nearest = subjects.at(-1);
        found.push({ kind, cue, objects, subjects: nearest ? [...this.coordinated.get(nearest)!] : [] });
      }
    }
    return found;
  }

  /** Whether a phrase is what a likeness or identification before `at` compares or identifies. */
  private isComplementPhrase(p: Phrase, at = Infinity): boolean {
    return this.complements.some((c) => c.cue.end <= at && c.objects.includes(p));
  }

  /** The complement a holder stands in, when it is what something else is compared with or identified as. */
  complementOf(holder: Span): Complement | undefined {
    const phrase = this.phraseOf(holder);
    return phrase ? this.complements.find((c) => c.objects.includes(phrase) && c.subjects.length > 0) : undefined;
  }

  /** What the sentence identifies a phrase as when that names no system ("it was a solid-fuel missile"). */
  identifiedAs(p: Phrase): Span[] {
    return this.complements.filter((c) => c.kind === 'identity' && c.noun && c.subjects.includes(p)).map((c) => c.noun!);
  }

  phraseOf(span: Span): Phrase | undefined {
    return this.phrases.find((p) => p.holders.some((h) => overlaps(h, span)));
  }

  /** The phrases listed with this one ("X and Y"), itself included. */
  coordinatedWith(p: Phrase): Phrase[] {
    return [...this.coordinated.get(p)!];
  }

  /** Whether two phrases are said of together: listed together, or one accompanies the other ("along with"). */
  joined(a: Phrase, b: Phrase): boolean {
    return this.coordinated.get(a)!.has(b) || this.accompanied.get(a)!.has(b) || [...this.coordinated.get(a)!].some((p) => this.accompanied.get(p)!.has(b));
  }

  /** The members listed after "such as" or "including" of the phrase at `span`. */
  membersOf(span: Span): Phrase[] {
    return this.members.filter((m) => overlaps(m.of, span)).flatMap((m) => m.phrases);
  }

  /**
   * The holders a span is said of, and how that was read: the phrase it lies in (a holder's own
   * modifiers, head noun or apposition), the holder after "of", the phrase a relative clause
   * describes, the subject of its clause with what accompanies it, the members a list names, or,
   * when none of these decides, the nearest holder of its clause.
   */
  attach(span: Span): Attachment {
    const within = this.phrases.find((p) => inside(span, p) || (p.apposition && inside(span, p.apposition)));
    if (within) {
      if (within.apposition && inside(span, within.apposition)) return { owners: within.owners, how: 'apposition' };
      // A head noun shared by a list: "Hwasong-12 and Hwasong-17 missiles".
      const list = this.coordinatedWith(within);
      const afterHolders = within.holders.every((h) => h.end <= span.start);
      if (afterHolders && list.length > 1 && list.every((p) => p === within || p.end === p.owner.end)) return { owners: list.flatMap((p) => p.owners), how: 'phrase' };
      return { owners: within.owners, how: 'phrase' };
    }
    // Words that hold another phrase whole ("The weaponry exhibition house featured intercontinental
    // ballistic missiles") are said of what they name, not of what it is listed with.
    const held = this.phrases.filter((p) => inside(p, span) && !this.isComplementPhrase(p));
    if (held.length > 0) return { owners: held.flatMap((p) => p.owners), how: 'phrase' };
    const of = OF_AFTER.exec(this.text.slice(span.end, this.sentence.end));
    if (of) {
      const next = this.phrases.find((p) => p.start >= span.end + of[0].length && this.isNounRun(span.end + of[0].length, p.start));
      if (next) return { owners: this.coordinatedWith(next).flatMap((p) => p.owners), how: 'of' };
    }
    const region = this.regionOf(span.start);
    if (region.antecedent && region.antecedent.length > 0) return { owners: region.antecedent.flatMap((p) => p.owners), how: 'relative clause' };
    const described = this.describedBy.get(region.start);
    if (described && !overlaps(described, span)) {
      const through = this.attach(described);
      if (through.owners.length > 0) return { owners: through.owners, how: 'relative clause' };
    }
    const before = this.phrases.filter((p) => p.end <= span.start && p.start >= region.start && !this.isComplementPhrase(p, span.start));
    const nearest = before.at(-1);
    if (nearest) {
      // A participle or adjective right after a phrase modifies it alone: "a new UAV resembling…", "an ICBM potentially capable…".
      const first = this.tokens[this.tokenIndexAt(span.start)];
      const modifier = first && (has(first, 'Gerund') || has(first, 'Adjective') || (has(first, 'Adverb') && !has(this.tokens[first.index + 1] ?? first, 'Verb')));
      if (modifier && /^\s*$/u.test(this.text.slice(nearest.end, span.start))) return { owners: this.coordinatedWith(nearest).flatMap((p) => p.owners), how: 'subject' };
      const group = new Set(this.coordinatedWith(nearest));
      for (const p of [...group]) for (const q of this.accompanied.get(p)!) group.add(q);
      return { owners: [...group].flatMap((p) => p.owners), how: 'subject' };
    }
    // The span opens its clause: it is said of the members the clause then lists.
    const members = this.members.filter((m) => m.of.start >= span.start && m.of.start <= region.end + 1).flatMap((m) => m.phrases);
    const listed = members.length > 0 ? members : this.members.filter((m) => m.of.start >= region.start && m.of.start <= region.end).flatMap((m) => m.phrases);
    if (listed.length > 0 && this.phrases.filter((p) => p.start >= span.end && p.end <= region.end).every((p) => listed.includes(p) || this.isComplementPhrase(p))) {
      return { owners: listed.flatMap((p) => p.owners), how: 'members' };
    }
    const inRegion = this.phrases.filter((p) => p.start >= region.start && p.end <= region.end && !this.isComplementPhrase(p));
    const closest = [...inRegion].sort((a, b) => distance(a, span) - distance(b, span))[0];
    if (closest) return { owners: this.coordinatedWith(closest).flatMap((p) => p.owners), how: 'nearest' };
    return { owners: [], how: 'none' };
  }
}

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

/** Whether words begin like a referring phrase: a pronoun, or a determiner and a noun ("the weapons", "Such munitions"). */
export function isReferringPhrase(words: string): boolean {
  const terms = tagTerms(words);
  const first = terms[0];
  if (!first) return false;
  const lower = first.text.toLowerCase();
  if (terms.length === 1) return PRONOUNS.has(lower) || first.tags.has('Pronoun');
  return (DETERMINERS.has(lower) || first.tags.has('Determiner')) && terms.slice(1).some((t) => t.tags.has('Noun') || t.tags.has('Acronym'));
}

/** The other side of a comparison in a sentence: the cue and the noun phrase after it. */
export interface ComparedObject {
  cue: Span & { text: string };
  object: Span;
}

/**
 * The noun phrases a sentence compares its subject with ("than a liquid-fuel model", "unlike the
 * Hwasong-15", "resembling the U.S. surveillance aircraft Global Hawk"): each runs from the cue
 * over determiners, modifiers, nouns, hyphenated parts, "of" and a coordinated noun phrase, and
 * stops at punctuation, a verb or a relative word. A "than" after "more", "less" or "fewer" that
 * a number follows bounds that number ("more than 100 missiles"): no other thing is compared.
 * A "like" that lists members ("weapons like …") compares nothing.
 */
export function comparedObjects(text: string, sentence: SentenceSpan): ComparedObject[] {
  // A pure function of the passage and the sentence: each rule that asks about a sentence shares one reading.
  let byStart = comparedRead.get(text);
  if (!byStart) comparedRead.set(text, (byStart = new Map()));
  const key = `${sentence.start}:${sentence.end}`;
  let found = byStart.get(key);
  if (!found) byStart.set(key, (found = readComparedObjects(text, sentence)));
  return found;
}

const comparedRead = new Map<string, Map<string, ComparedObject[]>>();

function readComparedObjects(text: string, sentence: SentenceSpan): ComparedObject[] {
  const own = text.slice(sentence.start, sentence.end);
  const found: ComparedObject[] = [];
  let tokens: Token[] | undefined;
  for (const m of own.matchAll(COMPARED)) {
    const cue = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0] };
    if (/^like$/iu.test(m[0]) && /(?:such|things|weapons|systems|arms)\s*$/iu.test(own.slice(0, m.index))) continue;
    tokens ??= tagTerms(own).map((t, index) => ({ ...t, start: t.start + sentence.start, end: t.end + sentence.start, lower: t.text.toLowerCase(), index }));
    let i = tokens.findIndex((t) => t.start >= cue.end);
    if (i === -1) continue;
    const first = tokens[i]!;
    if (/[,;:.!?()“”"]/u.test(text.slice(cue.end, first.start))) continue;
    if (/than$/iu.test(m[0]) && (has(first, 'Value') || /^\d/u.test(first.text)) && BOUNDS.test(own.slice(0, m.index))) continue;
    const startAt = i;
    let end = -1;
    let sawNoun = false;
    for (; i < tokens.length; i++) {
      const t = tokens[i]!;
      const gap = i > startAt ? text.slice(tokens[i - 1]!.end, t.start) : '';
      if (/[,;:.!?()“”"]/u.test(gap) || (RELATIVIZERS.has(t.lower) && !isDeterminer(t))) break;
      const hyphen = gap === '-' || text[t.end] === '-';
      const word = (isModifier(t) && !isFiniteVerb(t)) || isDeterminer(t) || has(t, 'Possessive') || hyphen;
      const joins = sawNoun && ['of', 'and', 'or'].includes(t.lower) && !!tokens[i + 1] && (isModifier(tokens[i + 1]!) || isDeterminer(tokens[i + 1]!));
      if (!word && !joins) break;
      if (isNoun(t)) sawNoun = true;
      end = i;
    }
    if (end < startAt) continue;
    // The phrase ends on its last noun: a word after it ("and", "of") belongs to what follows.
    while (end > startAt && !isNoun(tokens[end]!) && text[tokens[end]!.end] !== '-' && text[tokens[end]!.start - 1] !== '-') end--;
    found.push({ cue, object: { start: tokens[startAt]!.start, end: tokens[end]!.end } });
  }
  return found;
}
