/** Every rule the verifier enforces; each violation names one. */
export const RULES = {
  'source-missing': 'a source listed by metadata has no stored text (or the reverse)',
  'source-empty': 'a stored source text is empty',
  'source-utf8': 'a stored source text is not valid UTF-8',
  'source-hash': 'a stored source text no longer matches its recorded SHA-256',
  'source-meta': 'source metadata is not valid JSON or does not fit the schema',
  'meta-stated': 'a metadata value marked as stated is not in the quoted text of its source',
  'meta-stale': "a metadata value was taken from a passage whose kind changed (a headline that is now a note), or from a scraper's stamp",
  'source-link': "a source's metadata names a source or an entry the catalog does not have (a later version of, a declined suggestion), or versions go round in a circle",
  'entry-json': 'an entry file is empty or not valid JSON',
  'entry-schema': 'an entry does not fit the entry schema',
  'entry-file-name': "an entry's file name is not its slug",
  'slug-duplicate': 'two entries share a slug',
  'source-unknown': 'a citation names a source that is not in the catalog',
  'block-unknown': 'a citation names a block that is not in its source',
  'quote-not-found': 'a quote is not in its source character for character',
  'quote-ambiguous': 'a quote occurs more than once and the citation does not say which',
  'quote-block': 'a quote is not in the block the citation names',
  'value-not-in-quote': 'a fact value is in none of its cited quotes',
  'name-not-in-source': 'a name or alias occurs in no source',
  'category-not-in-quote': "a category is not a phrase of any of the entry's cited quotes",
  'digits-not-cited': "a number in the catalog's own words is in none of the entry's cited quotes",
  'mention-missing': 'a block names the system but the entry cites nothing there',
  'relation-unknown': 'a relation points at an entry that does not exist (or at itself)',
  'spec-stated': 'a specification is listed as not stated while a fact states it',
  'negation-dropped': 'a negation whose scope covers a value is neither part of the value nor declared in its cues',
  'hedge-dropped': 'a hedge, modal or likeness whose scope covers a value is neither part of the value nor declared in its cues',
  'speaker-article': 'a value the passage attributes to someone ("X claimed", "according to X") is given as the article’s own reporting',
  'relay-dropped': 'a nested report lost a link: a reporting cue that covers the value has no link in the speaker chain',
  'speaker-mismatch': 'a speaker link names a party that is not the one its reporting cue attributes the words to',
  'speaker-not-in-scope': 'a speaker link’s reporting cue does not cover the value it is given for',
  'relay-order': 'a speaker chain does not list the outer report first',
  'cue-not-in-quote': 'a declared cue, party or reporting cue is not verbatim in the cited quote',
  'cue-not-in-scope': 'a declared cue is not a negation, hedge, modal or likeness whose scope covers the value',
  'certainty-mismatch': 'a declared certainty is not the one the cues covering the value give',
  'polarity-mismatch': 'a declared polarity is not the one the negations covering the value give',
  'note-drift': 'a curator note or heading repeats a passage’s words without the negation, hedge or report that governs them',
  'quote-hidden': 'a quote is only in site chrome, which the reader does not show',
  'block-rule-unused': "a block rule in a source's metadata fits no line of its text",
  'blocks-changed': "a source's segmentation no longer matches the blocks recorded in its metadata",
  'block-moved': 'a citation is in another block than when its source was segmented',
  'exclusion-unused': "an exclusion covers none of its entry's names, so it excludes nothing",
  'exclusion-cited': 'an occurrence is both excluded from an entry and cited by it',
} as const;

export type Rule = keyof typeof RULES;

export interface Violation {
  rule: Rule;
  /** Path of the offending file, relative to the project root. */
  file: string;
  /** Field path inside the file, e.g. `facts[2].citations[0].quote`; empty for the whole file. */
  path: string;
  message: string;
}

/** One line per violation: `file: path: message [rule]`. */
export function formatViolation(v: Violation): string {
  return `${v.file}${v.path ? `: ${v.path}` : ''}: ${v.message} [${v.rule}]`;
}

/** Collects the violations of a whole run, so every problem is reported at once. */
export class ViolationList {
  readonly items: Violation[] = [];

  add(rule: Rule, file: string, path: string, message: string): void {
    this.items.push({ rule, file, path, message });
  }
}

/**
 * A JSON.parse error as a curator reads it: the parser's message with the line and column of
 * the position it reports ("Unexpected token … at position 812 (line 31, column 7)").
 */
export function describeJsonError(content: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  if (!at) return `not valid JSON: ${message}`;
  const before = content.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `not valid JSON: ${message} (line ${line}, column ${column})`;
}
