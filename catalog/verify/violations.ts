import { RULES, type Rule } from './rule-ids';

export { RULES, type Rule };


/**
 * A change to one statement that would make it keep its passage's meaning: its speaker chain, its
 * declared cues, its certainty and polarity as the passage gives them. A message suggests it only
 * once the verifier has applied it to a copy and seen the statement verify (`verifyCatalog`).
 */
export interface StatementFix {
  /** Field path of the statement, e.g. `facts[2]`. */
  statement: string;
  patch: { speaker?: { party: string; cue: string }[]; cues?: string[]; certainty?: string; polarity?: string };
}

export interface Violation {
  rule: Rule;
  /** A fix the verifier has tried and seen verify, when it found one. */
  fix?: StatementFix;
  /** Path of the offending file, relative to the project root. */
  file: string;
  /** Field path inside the file, e.g. `facts[2].citations[0].quote`; empty for the whole file. */
  path: string;
  message: string;
  /** For a reference the verifier cannot decide: what it found, for an override to be held to. */
  reading?: AmbiguousReading;
}

/** A referring subject with more than one antecedent: the words it may point back to, and where it stands. */
export interface AmbiguousReading {
  /** The words it may point back to, the curator's `refersTo` first. */
  candidates: string[];
  /** The texts of the passage it stands in and of the passage its `refersTo` is in. */
  passages: string[];
  /** Where the referring words stand: `<source>#<block>#<offset>`. */
  at: string;
}

/** One line per violation: `file: path: message [rule]`. */
export function formatViolation(v: Violation): string {
  return `${v.file}${v.path ? `: ${v.path}` : ''}: ${v.message} [${v.rule}]`;
}

/** Collects the violations of a whole run, so every problem is reported at once. */
export class ViolationList {
  readonly items: Violation[] = [];

  add(rule: Rule, file: string, path: string, message: string, fix?: StatementFix, reading?: AmbiguousReading): void {
    this.items.push({ rule, file, path, message, ...(fix && { fix }), ...(reading && { reading }) });
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
