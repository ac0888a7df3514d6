/**
 * The catalog's own words and addresses: fixed labels, links, and how a statement, its speaker
 * and its certainty are put into words. No imports, so the pages, the exports, the search code
 * in the browser and the command line all word things the same way.
 */

/** What a fact is about. The display label is the catalog's own wording, so it is fixed here. */
export const FACT_LABELS = {
  type: 'Type',
  appearance: 'Appearance',
  exhibition: 'Shown at',
  variants: 'Variants',
  propellant: 'Propellant',
  development: 'Development',
  testing: 'Testing',
  launch: 'Launch',
  capability: 'Capability',
  identification: 'Identification',
  comparison: 'Compared with',
  role: 'Role',
  origin: 'Origin',
  footage: 'Footage',
  design: 'Design',
  compatibility: 'Compatibility',
  accusation: 'Accusation',
  denial: 'Denial',
  quantity: 'Quantity',
  stockpile: 'Stockpile',
  use: 'Use',
  photo: 'Photo caption',
} as const;

/** Specifications readers commonly look for; an entry lists those its sources do not state. */
export const SPEC_LABELS = {
  range: 'Range',
  dimensions: 'Size and dimensions',
  weight: 'Weight',
  payload: 'Payload',
  warhead: 'Warhead',
  propellant: 'Propellant',
  speed: 'Speed',
  guidance: 'Guidance',
  endurance: 'Endurance',
  crew: 'Crew',
  maker: 'Maker',
  'service-entry': 'Entry into service',
  quantity: 'Quantity',
} as const;

/**
 * How one entry relates to another, as a statement's label on the entry that states it: "Compared
 * with" the Global Hawk. Every relation cites the passage that establishes it, and is shown with it.
 */
export const RELATION_LABELS = {
  'exhibited-with': 'Shown with',
  'compared-with': 'Compared with',
  'kind-of': 'One of',
  'identified-as': 'Identified as',
  'listed-with': 'Listed with',
} as const;

/** The same relation on its target's page, after the other entry's name: "new unmanned aerial vehicle — compared with this system". */
export const INVERSE_RELATION_LABELS: Record<keyof typeof RELATION_LABELS, string> = {
  'exhibited-with': 'shown with this system',
  'compared-with': 'compared with this system',
  'kind-of': 'one of these',
  'identified-as': 'identified as this system',
  'listed-with': 'listed with this system',
};

export type FactLabel = keyof typeof FACT_LABELS;
export type SpecLabel = keyof typeof SPEC_LABELS;
export type RelationType = keyof typeof RELATION_LABELS;
type Certainty = 'certain' | 'probable' | 'possible' | 'underspecified';

export const entryHref = (slug: string) => `/entries/${slug}`;
export const sourceHref = (id: string) => `/sources/${id}`;
export const passageHref = (source: string, block: string) => `/sources/${source}#${block}`;
export const citationHref = (c: { source: string; anchor: string }) => `/sources/${c.source}#${c.anchor}`;
export const factLabel = (label: FactLabel) => FACT_LABELS[label];
export const relationLabel = (type: RelationType) => RELATION_LABELS[type];

/** Where "How to read an entry" defines the words a statement is put in. */
export const HOW_TO_READ_HREF = '/about#how-to-read';

/**
 * The search page's address for a query. URLSearchParams encodes any string (a lone surrogate
 * becomes U+FFFD) where encodeURIComponent would throw.
 */
export function searchPageHref(query: string): string {
  return query ? `/search?${new URLSearchParams({ q: query })}` : '/search';
}

/** What the wording functions need of a fact, a relation or a side of a difference. */
export interface StatementLike {
  certainty: Certainty;
  polarity: 'positive' | 'negative';
  cues: string[];
  speaker: { party: string; cue: string }[];
  /** The words the value is said of, and for a referring phrase the words it points back to. */
  subject?: string;
  refersTo?: string;
}

/**
 * A value with its referring subject resolved where a reader meets it: "would allow it (the
 * Hwasong-18) to launch…"; a subject outside the value is put before it, "The latest model (the
 * Hwasong-18) … was tested in mid-July". A subject that names the system is left as it is.
 */
export function withSubject(statement: Pick<StatementLike, 'subject' | 'refersTo'>, value: string): string {
  const { subject, refersTo } = statement;
  if (!subject || !refersTo) return value;
  const at = value.search(new RegExp(`(?<![\\p{L}\\p{N}])${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'));
  // A one-word property ("solid-fuel") reads on its entry's page without it.
  if (at === -1) return /\s/u.test(value.trim()) ? `${subject} (${refersTo}) … ${value}` : value;
  return `${value.slice(0, at + subject.length)} (${refersTo})${value.slice(at + subject.length)}`;
}

/** A cue word of a statement, as the verifier found it: inside its words, or declared around them. */
export interface CueLike {
  text: string;
  kind: 'negation' | 'hedge' | 'modal' | 'likeness' | 'report';
}

/** Where the words come from, for the voice of a statement. */
export interface VoiceOrigin {
  /** The publisher, where the article's text states one. */
  publisher?: string;
  /** True when the words are a photo caption's. */
  caption?: boolean;
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const linkText = ({ party, cue }: { party: string; cue: string }) => (/^according\b/i.test(cue) ? `${cue} ${party}` : `${party} ${cue}`);
const quoted = (words: string[]) => words.map((w) => `“${w}”`).join(' and ');

/**
 * Who says it, innermost speaker first, each relay after it with its own words:
 * "Observers in Seoul noted, as Voice of America reported"; "North Korea claimed"; "" for none.
 */
export function speakerText(chain: StatementLike['speaker']): string {
  if (chain.length === 0) return '';
  const [inner, ...outer] = [...chain].reverse();
  const relays = outer.map((l) => (/^according\b/i.test(l.cue) ? `, ${linkText(l)}` : `, as ${linkText(l)}`));
  return upperFirst(`${linkText(inner!)}${relays.join('')}`);
}

/**
 * Who says a statement, speaker first and in the source's own verb, as a journalist would put
 * it: "North Korea claimed", "Observers in Seoul noted, as Voice of America reported"; for the
 * article's own words "Korea JoongAng Daily reports" where the text states its publisher, else
 * "The article reports"; for a photo caption's, "A photo caption says".
 */
export function speakerPhrase(statement: Pick<StatementLike, 'speaker'>, origin: VoiceOrigin = {}): string {
  const chain = speakerText(statement.speaker);
  if (chain) return origin.caption ? `${chain}, in a photo caption` : chain;
  if (origin.caption) return 'A photo caption says';
  return origin.publisher ? `${origin.publisher} reports` : 'The article reports';
}

/** What "How to read an entry" calls a statement put without any of the words below. */
export const NO_HEDGE = 'no hedge';

/**
 * How surely a statement is put, in the words a journalist would use, each with the source's
 * own cue words: "hedged with “appeared”", "negated with “did not”", "a comparison:
 * “resembling”", "disputed: “which the North has denied”"; "no hedge" when nothing qualifies
 * it. `cues` are the cue words inside its words and those declared around them; a report
 * inside the words is its speaker's verb, and a declared one a counter-claim.
 */
export function howSurelyText(statement: Pick<StatementLike, 'certainty' | 'polarity' | 'cues'>, cues: CueLike[]): string {
  const declared = new Set(statement.cues);
  const words = (kinds: CueLike['kind'][], isDeclared?: boolean) => [
    ...new Set(cues.filter((c) => kinds.includes(c.kind) && (isDeclared === undefined || declared.has(c.text) === isDeclared)).map((c) => c.text)),
  ];
  const parts = [
    ...(words(['negation']).length > 0 ? [`negated with ${quoted(words(['negation']))}`] : []),
    ...(words(['hedge', 'modal']).length > 0 ? [`hedged with ${quoted(words(['hedge', 'modal']))}`] : []),
    ...(words(['likeness']).length > 0 ? [`a comparison: ${quoted(words(['likeness']))}`] : []),
    ...(words(['report'], true).length > 0 ? [`disputed: ${quoted(words(['report'], true))}`] : []),
  ];
  if (parts.length > 0) return parts.join('; ');
  // No cue word was found, which the verifier does not let a hedged or negated statement be;
  // should one be, it is still not shown as put without a hedge.
  if (statement.polarity === 'negative') return 'negated';
  return statement.certainty === 'certain' ? NO_HEDGE : 'hedged';
}

/**
 * The statement's words as a reader sees them, with any cue the quote puts outside them in
 * place ("believed to be … capable of carrying nuclear warheads") and a referring subject
 * resolved (`withSubject`). `quote` is a cited quote that contains the value.
 */
export function statementWords(statement: Pick<StatementLike, 'cues' | 'subject' | 'refersTo'> & { value: string }, quote: string): string {
  const at = quote.indexOf(statement.value);
  const before = statement.cues.filter((c) => quote.indexOf(c) < at);
  const after = statement.cues.filter((c) => quote.indexOf(c) >= at);
  return [...before.map((c) => `${c} …`), withSubject(statement, statement.value), ...after.map((c) => `… ${c}`)].join(' ');
}

/** A statement as the parts every place that shows it puts together the same way. */
export interface StatementWording {
  /** "Propellant", "Development · Testing", "Compared with Global Hawk". */
  label: string;
  /** `speakerPhrase`, or empty where the words say who says them (`saysItsSpeaker`). */
  speaker: string;
  /** `statementWords`. */
  words: string;
  /** `howSurelyText`. */
  how: string;
  /** The curator's readings where a meaning rule could not judge the statement. */
  readings?: string[];
}

/**
 * A statement on one line, wherever a line is all there is room for (search results, cards,
 * the command line, the annotations): its label, who says it and its words, and how surely when
 * something qualifies it: "Capability: United Nations officials said: appeared capable of
 * hitting “most points on Earth.” (hedged with “appeared”)".
 */
export function statementLine({ label, speaker, words, how, readings = [] }: StatementWording): string {
  const notes = [...(how && how !== NO_HEDGE ? [how] : []), ...readings.map((r) => `${READING_PREFIX}${r}`)];
  return `${label}: ${speaker ? `${speaker}: ` : ''}${words}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

/**
 * Whether a statement's words already say who says them ("Japan’s Kyodo News claimed they
 * appeared to be Hwasong-18s."), so that the speaker need not be put before them again.
 */
export function saysItsSpeaker(chain: StatementLike['speaker'], words: string): boolean {
  return chain.length > 0 && chain.every((l) => words.includes(l.party) && words.includes(l.cue));
}

/** How a curator's reading is introduced wherever its statement is shown. */
export const READING_PREFIX = 'the catalog’s reading: ';

/** What the sources say of one specification, as catalog.json records it. */
export interface SpecLike {
  status: 'stated' | 'passage-only' | 'not-stated';
  passages: { sentence: string }[];
}

/**
 * One line for a specification, wherever it is listed: the facts that state it (worded by the
 * caller), else the sentence that speaks to it without being read as a fact, else that the
 * sources do not state it. "Maker: not stated as such. The passages say: “…homemade ICBMs…”"
 */
export function specLine(label: string, spec: SpecLike, factLines: readonly string[] = []): string {
  if (spec.status === 'stated' && factLines.length > 0) return `${label}: ${factLines.join('; ')}`;
  if (spec.status === 'passage-only' && spec.passages.length > 0) {
    return `${label}: not stated as such. The passages say: ${spec.passages.map((p) => `“${p.sentence}”`).join(' ')}`;
  }
  return `${label}: not stated in these sources.`;
}
