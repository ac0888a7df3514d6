/**
 * What a passage says about the words of a statement before a curator writes it down: the
 * negations, hedges, modals and likenesses around the words (its cues), the certainty and
 * polarity they give it, and who says it (each report that covers it, outermost first). The
 * cues and their scopes come from catalog/text/cue-scope.ts, as the verifier reads them; the
 * verifier then checks the statement as written, so a reading it would refuse is never written.
 */
import { analysePassage, scopeCovers, type CueMatch, type Span } from '../text/cue-scope';
import { CERTAINTY_LEVELS, type Certainty } from '../text/cue-table';
import type { SpeakerLink } from '../schema/entry';

export interface StatementReading {
  certainty: Certainty;
  polarity: 'positive' | 'negative';
  /** Cue words outside the value that govern it, as the passage writes them. */
  cues: string[];
  /** Who says it, outermost first; empty for the article's own voice. */
  speaker: SpeakerLink[];
  /** One line per decision, quoting the cue that made it. */
  why: string[];
}

const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
const rank = (level: Certainty) => CERTAINTY_LEVELS.length - CERTAINTY_LEVELS.indexOf(level);

/**
 * Reads the statement whose words are `value` (a span of `text`, the passage) as the passage
 * puts them. A report that disputes another report of the same words ("…, which the North has
 * denied") is a counter-claim, read as a cue rather than a speaker.
 */
export function readStatement(text: string, value: Span): StatementReading {
  const { cues } = analysePassage(text);
  const covering = cues.filter((c) => !contains(value, c) && scopeCovers(c, value));
  const inner = cues.filter((c) => contains(value, c));
  const counters = new Set(
    covering.filter((c) => c.kind === 'report' && c.negative && [...covering, ...inner].some((o) => o !== c && o.kind === 'report' && c.scope.some((s) => contains(s, o)))),
  );
  const why: string[] = [];
  const reports = [...covering, ...inner].filter((c) => c.kind === 'report' && !counters.has(c) && !(c.speaker && contains(value, c.speaker)));
  // Outermost first: a report whose scope holds another report's cue relays it.
  const depth = (c: CueMatch) => reports.filter((o) => o !== c && scopeCovers(o, c)).length;
  const ordered = [...reports].sort((a, b) => depth(a) - depth(b) || a.start - b.start);
  const speaker = ordered.map((c) => ({ party: c.speaker?.text ?? '', cue: c.text }));
  for (const c of ordered) {
    why.push(c.speaker ? `speaker: "${c.speaker.text} ${c.text}" reports these words` : `speaker: "${c.text}" reports these words, but the passage does not say who: name the party with --speaker`);
  }
  const declared = covering.filter((c) => c.kind !== 'report' || counters.has(c));
  const cueWords = declared.map((c) => {
    if (counters.has(c) && c.speaker && c.speaker.end <= c.start) return text.slice(c.speaker.start, c.end);
    return c.text;
  });
  declared.forEach((c, i) => why.push(`cue: "${cueWords[i]}" (${counters.has(c) ? 'a counter-claim' : c.kind}) covers these words from outside them`));
  const shaping = [...covering, ...inner].filter((c) => c.kind !== 'report' && c.level);
  const lowest = shaping.reduce<CueMatch | undefined>((low, c) => (!low || rank(c.level!) < rank(low.level!) ? c : low), undefined);
  const certainty = lowest?.level ?? 'certain';
  why.push(lowest ? `certainty: ${certainty}, because of the ${lowest.kind} "${lowest.text}"` : 'certainty: certain, no hedge or modal covers these words');
  const negations = [...[...covering, ...inner].filter((c) => c.kind !== 'report' && c.negative), ...ordered.filter((c) => c.negative)];
  const polarity = negations.length % 2 === 1 ? 'negative' : 'positive';
  why.push(negations.length > 0 ? `polarity: ${polarity}, because of ${negations.map((c) => `"${c.text}"`).join(', ')}` : 'polarity: positive, no negation covers these words');
  return { certainty, polarity, cues: cueWords, speaker, why };
}
