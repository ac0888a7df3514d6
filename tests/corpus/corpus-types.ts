/**
 * The shape of the faithfulness corpus: passages written in the styles of wire copy, news
 * magazines, specialist sites and translated reports, each naming a made-up system, with one
 * statement a curator could make from it (its expected certainty, polarity and speaker chain)
 * and distorted statements, each with the rule that must refuse it.
 */
import type { Certainty } from '../../catalog/text/cue-table';
import type { Rule } from '../../catalog/verify/violations';

export const CONSTRUCTIONS = [
  'plain',
  'subordinate-clause',
  'apposition',
  'nested-speech',
  'end-attribution',
  'cross-sentence',
  'headline',
  'caption-credit',
  'grammatical-role',
  'pronoun',
  'single-quotes',
  'impersonal',
] as const;
export type Construction = (typeof CONSTRUCTIONS)[number];
export type Style = 'wire' | 'magazine' | 'specialist' | 'translated';

export interface CorpusStatement {
  value: string;
  /** Words of the passage the value is said of: the system's name unless a row says otherwise. */
  subject: string;
  /** For a referring subject ("It", "they"): the words of the passage it points back to. */
  refersTo?: string;
  certainty: Certainty;
  polarity: 'positive' | 'negative';
  cues: string[];
  speaker: { party: string; cue: string }[];
}

export interface CorpusCase {
  id: string;
  style: Style;
  constructions: Construction[];
  /** The kind of block the passage is in. */
  kind: 'paragraph' | 'headline' | 'caption';
  text: string;
  /** The made-up system the statement is about, as the passage names it. */
  system: string;
  statement: CorpusStatement;
  /** Hand-written distortions; tests/unit/support/corpus-distortions.ts adds generated ones. */
  distortions: { why: string; rules: Rule[]; statement: CorpusStatement }[];
}

/** A row as written in the corpus files: defaults for the common case, a chain as "party|cue > party|cue". */
export interface CaseOptions {
  sp?: string;
  cues?: string[];
  cert?: Certainty;
  neg?: boolean;
  on?: Construction[];
  kind?: CorpusCase['kind'];
  subject?: string;
  refersTo?: string;
  /** Distortions: the rule(s) that refuse them, the changed fields, and why the change is wrong. */
  bad?: [rules: Rule | Rule[], change: Omit<CaseOptions, 'bad' | 'on' | 'kind'> & { value?: string }, why: string][];
}

const chain = (sp: string | undefined) =>
  (sp ?? '')
    .split('>')
    .map((link) => link.trim())
    .filter(Boolean)
    .map((link) => {
      const [party, cue] = link.split('|').map((w) => w.trim());
      return { party: party!, cue: cue! };
    });

function statementOf(system: string, value: string, o: Omit<CaseOptions, 'bad' | 'on' | 'kind'>): CorpusStatement {
  return {
    value,
    subject: o.subject ?? system,
    ...(o.refersTo !== undefined && { refersTo: o.refersTo }),
    certainty: o.cert ?? 'certain',
    polarity: o.neg ? 'negative' : 'positive',
    cues: o.cues ?? [],
    speaker: chain(o.sp),
  };
}

/** A row writer for one style: `c(id, system, passage, value, options)`. */
export function rowsIn(style: Style) {
  return (id: string, system: string, text: string, value: string, o: CaseOptions = {}): CorpusCase => {
    const statement = statementOf(system, value, o);
    return {
      id,
      style,
      constructions: o.on ?? ['plain'],
      kind: o.kind ?? 'paragraph',
      text,
      system,
      statement,
      distortions: (o.bad ?? []).map(([rules, change, why]) => ({
        why,
        rules: Array.isArray(rules) ? rules : [rules],
        statement: statementOf(system, change.value ?? value, { ...o, ...change }),
      })),
    };
  };
}
