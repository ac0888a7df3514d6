/**
 * An entry's statements — its facts, relations and the sides of its differences — in one shape,
 * so that every meaning rule reads them alike: what they are said of, the words they assert,
 * how surely and by whom, and the passages that hold them.
 */
import type { Entry, Factuality, FactLabel, RelationType, Subject } from '../schema/entry';

export interface Statement {
  /** Field path of the statement, e.g. `facts[2]`, `relations[0]`, `differences[0].sides[1]`. */
  path: string;
  kind: 'fact' | 'relation' | 'side';
  /** Field path of its words: `facts[2].value`, or the value or quote of a relation or a side. */
  valuePath: string;
  value: string;
  subject: Subject;
  factuality: Factuality;
  citationPaths: string[];
  /** For a side of a difference: the other sides' citations, shown next to it. */
  siblingPaths: string[];
  /** A fact's label, a side's difference label. */
  label?: FactLabel;
  /** A relation's type, target and the words that name the target. */
  relation?: { type: RelationType; target: string; targetWords: string };
}

/** Every statement of an entry, in the order the file lists them. */
export function listStatements(entry: Entry): Statement[] {
  return [
    ...entry.facts.map((f, i) => ({
      path: `facts[${i}]`,
      kind: 'fact' as const,
      valuePath: `facts[${i}].value`,
      value: f.value,
      subject: f,
      factuality: f,
      citationPaths: f.citations.map((_, j) => `facts[${i}].citations[${j}]`),
      siblingPaths: [],
      label: f.label,
    })),
    ...entry.relations.map((r, i) => ({
      path: `relations[${i}]`,
      kind: 'relation' as const,
      valuePath: r.value ? `relations[${i}].value` : `relations[${i}].citation.quote`,
      value: r.value ?? r.citation.quote,
      subject: r,
      factuality: r,
      citationPaths: [`relations[${i}].citation`],
      siblingPaths: [],
      relation: { type: r.type, target: r.target, targetWords: r.targetWords },
    })),
    ...entry.differences.flatMap((d, i) =>
      d.sides.map((s, j) => ({
        path: `differences[${i}].sides[${j}]`,
        kind: 'side' as const,
        valuePath: s.value ? `differences[${i}].sides[${j}].value` : `differences[${i}].sides[${j}].citation.quote`,
        value: s.value ?? s.citation.quote,
        subject: s,
        factuality: s,
        citationPaths: [`differences[${i}].sides[${j}].citation`],
        siblingPaths: d.sides.flatMap((_, k) => (k === j ? [] : [`differences[${i}].sides[${k}].citation`])),
        label: d.label,
      })),
    ),
  ];
}
