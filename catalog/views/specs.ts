/** The specifications readers look for, in the three states the catalog derives from the passages. */
import { SPEC_LABELS, type SpecLabel } from '../labels';
import type { CatalogEntry } from '../schema/derived';
import { holdsWord } from '../text/label-words';
import { SPEC_WORDS } from '../text/spec-words';
import { analysePassage, scopeCovers } from '../text/cue-scope';
import { passageHref } from './core';
import { entryReferences, type Reference } from './references';

/** A sentence that speaks to a specification without being read as a fact, as the page quotes it. */
export interface SpecPassage {
  sentence: string;
  /**
   * The words of the sentence around the one that speaks to the specification, as the page
   * shows them ("…a new unmanned aerial vehicle (UAV) resembling…"); the footnote holds the rest.
   */
  excerpt: string;
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

/** Words either side of the word that speaks to a specification. */
const EXCERPT_WORDS = 5;

/**
 * `sentence` cut to a few words either side of the first of `words` it holds, marked "…" where
 * it is cut; the whole sentence when it holds none of them. A report, hedge or negation whose
 * scope holds that word stays in the excerpt with it, a report with the party it names ("…images
 * showed,” Voice of America reported."), so the words are never shown without who says them or
 * how surely.
 */
export function excerptAround(sentence: string, words: readonly string[]): string {
  const found = holdsWord(sentence, words);
  const at = found === undefined ? -1 : sentence.indexOf(found);
  if (at === -1) return sentence;
  const spans = [...sentence.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const i = spans.findIndex((s) => s.end > at);
  let from = spans[Math.max(0, i - EXCERPT_WORDS)]!.start;
  let to = spans[Math.min(spans.length - 1, i + EXCERPT_WORDS)]!.end;
  const word = { start: at, end: at + found!.length };
  for (const cue of analysePassage(sentence).cues) {
    if (!scopeCovers(cue, word)) continue;
    const party = cue.speaker ?? cue.partyHint;
    for (const span of party ? [cue, party] : [cue]) {
      from = Math.min(from, span.start);
      to = Math.max(to, span.end);
    }
  }
  // Whole words only.
  const first = spans.findIndex((s) => s.end > from);
  const last = spans.findLastIndex((s) => s.start < to);
  const text = sentence.slice(spans[first]!.start, spans[last]!.end);
  return `${first > 0 ? '…' : ''}${text}${last < spans.length - 1 ? '…' : ''}`;
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
      return { sentence: p.sentence, excerpt: excerptAround(p.sentence, SPEC_WORDS[spec.label].words), ...(ref && { ref }), href: ref?.href ?? passageHref(p.source, p.block) };
    }),
  }));
}
