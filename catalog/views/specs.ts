/** The specifications readers look for, in the three states the catalog derives from the passages. */
import { SPEC_LABELS, type SpecLabel } from '../labels';
import type { CatalogEntry } from '../schema/derived';
import { passageHref } from './core';
import { entryReferences, type Reference } from './references';

/** A sentence that speaks to a specification without being read as a fact, as the page quotes it. */
export interface SpecPassage {
  sentence: string;
  /** The footnote that holds it, when one of the entry's quotes does. */
  ref?: Reference;
  /** Where the sentence is in its article. */
  href: string;
}

export interface SpecView {
  key: SpecLabel;
  label: string;
  /**
   * `stated`: a statement on the page states it; `passage-only`: a passage about the entry speaks
   * to it, but no statement reads it so ("Maker: not stated as such. The passages say: …");
   * `not-stated`: no passage about the entry speaks to it.
   */
  status: 'stated' | 'passage-only' | 'not-stated';
  passages: SpecPassage[];
}

/** Every specification of SPEC_LABELS for an entry, in that order, as catalog.json derives it. */
export function specViews(entry: CatalogEntry): SpecView[] {
  const references = entryReferences(entry);
  return entry.specs.map((spec) => ({
    key: spec.label,
    label: SPEC_LABELS[spec.label],
    status: spec.status,
    passages: spec.passages.map((p) => {
      const citation = p.citation === undefined ? undefined : entry.citations[p.citation - 1];
      const ref = citation && references.of(citation);
      return { sentence: p.sentence, ...(ref && { ref }), href: ref?.href ?? passageHref(p.source, p.block) };
    }),
  }));
}
