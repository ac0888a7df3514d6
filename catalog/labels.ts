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
 * How one entry relates to another, read as "<entry> <label> <target>"; every relation cites
 * the passage that establishes it, and is shown with it.
 */
export const RELATION_LABELS = {
  'exhibited-with': 'displayed alongside',
  'compared-with': 'compared with',
  'kind-of': 'is one of the',
  'identified-as': 'claimed by one source to be',
  'listed-with': 'listed with',
} as const;

export type FactLabel = keyof typeof FACT_LABELS;
export type SpecLabel = keyof typeof SPEC_LABELS;
export type RelationType = keyof typeof RELATION_LABELS;
type Certainty = 'certain' | 'probable' | 'possible' | 'underspecified';

/** Fixed terms for certainty (in the spirit of ICD 203): the cue words that cause it are shown beside them. */
export const CERTAINTY_TERMS: Record<Certainty, string> = {
  certain: 'unhedged',
  probable: 'hedged: probable',
  possible: 'hedged: possible',
  underspecified: 'not committed to',
};

export const entryHref = (slug: string) => `/entries/${slug}`;
export const sourceHref = (id: string) => `/sources/${id}`;
export const passageHref = (source: string, block: string) => `/sources/${source}#${block}`;
export const citationHref = (c: { source: string; anchor: string }) => `/sources/${c.source}#${c.anchor}`;
export const factLabel = (label: FactLabel) => FACT_LABELS[label];
export const relationLabel = (type: RelationType) => RELATION_LABELS[type];

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

/** Where the words come from, for the voice of a statement. */
export interface VoiceOrigin {
  /** "Article 1", or "Korea JoongAng Daily (Article 1)". */
  sourceName: string;
  /** Set when the words are a photo caption's, with its credit as printed. */
  caption?: { credit?: string };
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const linkText = ({ party, cue }: { party: string; cue: string }) => (/^according\b/i.test(cue) ? `${cue} ${party}` : `${party} ${cue}`);

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
 * Where a statement's words come from: reported by its speakers (named in `statementText`) in
 * an article, or the article's own reporting; for a photo caption, that they are the
 * caption's, with its credit.
 */
export function voiceText(statement: Pick<StatementLike, 'speaker'>, origin: VoiceOrigin): string {
  const credit = origin.caption?.credit ? ` — photo credit: ${origin.caption.credit}` : '';
  if (statement.speaker.length > 0) {
    return origin.caption ? `Reported in a photo caption in ${origin.sourceName}${credit}` : `Reported in ${origin.sourceName}`;
  }
  return origin.caption ? `Photo caption in ${origin.sourceName}${credit}` : `${origin.sourceName}, its own reporting`;
}

/**
 * The statement as a reader sees it: who says it, then its words, with any cue the quote puts
 * outside them in place ("believed to be … capable of carrying nuclear warheads"; "North Korea
 * claimed: solid-fuel"). `quote` is a cited quote that contains the value.
 */
export function statementText(statement: StatementLike & { value: string }, quote: string): string {
  const at = quote.indexOf(statement.value);
  const before = statement.cues.filter((c) => quote.indexOf(c) < at);
  const after = statement.cues.filter((c) => quote.indexOf(c) >= at);
  const words = [...before.map((c) => `${c} …`), withSubject(statement, statement.value), ...after.map((c) => `… ${c}`)].join(' ');
  const speaker = speakerText(statement.speaker);
  return speaker ? `${speaker}: ${words}` : words;
}

/** The certainty and polarity in fixed terms, with the cue words that set them: "hedged: probable (“appeared”)". */
export function certaintyText(statement: Pick<StatementLike, 'certainty' | 'polarity'>, cueWords: string[]): string {
  const quoted = cueWords.length > 0 ? ` (${cueWords.map((w) => `“${w}”`).join(', ')})` : '';
  const negative = statement.polarity === 'negative' ? ', negative' : '';
  return `${CERTAINTY_TERMS[statement.certainty]}${negative}${quoted}`;
}

/**
 * One line for a fact wherever a list shows it (search results, the command line): its label,
 * who says it and its words, and how surely when it is hedged or negated:
 * "Capability: United Nations officials said: appeared capable of hitting … (hedged: probable)".
 */
export function factLine(fact: StatementLike & { label: FactLabel; value: string }, quote: string): string {
  const hedged = fact.certainty !== 'certain' || fact.polarity === 'negative';
  const how = hedged ? ` (${CERTAINTY_TERMS[fact.certainty]}${fact.polarity === 'negative' ? ', negative' : ''})` : '';
  return `${FACT_LABELS[fact.label]}: ${statementText(fact, quote)}${how}`;
}

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
