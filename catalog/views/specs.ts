/** The specifications readers look for, each stated by a statement, or said to be not stated. */
import { SPEC_LABELS, type SpecLabel } from '../labels';
import type { CatalogEntry } from '../schema/derived';

export interface SpecView {
  key: SpecLabel;
  label: string;
  /** `stated`: a statement on the page states it; `not-stated`: no passage about the entry speaks to it. */
  status: 'stated' | 'not-stated';
}

/** Every specification the entry's data speaks of, in the order of SPEC_LABELS. */
export function specViews(entry: CatalogEntry): SpecView[] {
  const stated = new Set<string>(entry.facts.map((f) => f.label));
  return (Object.keys(SPEC_LABELS) as SpecLabel[]).flatMap((key): SpecView[] => {
    if (stated.has(key)) return [{ key, label: SPEC_LABELS[key], status: 'stated' }];
    return entry.notStated.includes(key) ? [{ key, label: SPEC_LABELS[key], status: 'not-stated' }] : [];
  });
}
