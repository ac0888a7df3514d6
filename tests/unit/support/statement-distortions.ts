import type { Rule } from '../../../catalog/verify/violations';

/** What a statement declares about how its passage says it. */
export interface Declared {
  value: string;
  certainty: 'certain' | 'probable' | 'possible' | 'underspecified';
  polarity: 'positive' | 'negative';
  cues: string[];
  speaker: { party: string; cue: string }[];
}

export interface GeneratedDistortion<T extends Declared> {
  why: string;
  rules: Rule[];
  statement: T;
}

const NEGATION_LIKE = /\b(?:not|no|never|none|neither|nor|without|lack|lacks|lacked|unable|ruled out|absence|yet to|n['’]t|cannot|failed|refused|denied|denies|deny|rejected|rejects|disputed|disputes|dismissed|refuted)\b/iu;
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|our|his|her|both|some|many|several|all|each|every)$/iu;

/**
 * The distortions a careless curator makes to a faithful statement, each with the rules that
 * must refuse it: the speaker chain dropped (the words given to the article), one relay of a
 * chain dropped, a party cut down to one of its words or stretched by the word before it, a
 * hedged statement declared certain, a negated one declared positive, a declared cue dropped.
 * `text` is the passage, so that a party can be stretched by the word before it there.
 */
export function distortStatement<T extends Declared>(st: T, text: string): GeneratedDistortion<T>[] {
  const out: GeneratedDistortion<T>[] = [];
  const add = (why: string, rules: Rule[], change: Partial<Declared>) => out.push({ why, rules, statement: { ...structuredClone(st), ...change } });
  if (st.speaker.length > 0) add('the speaker chain dropped', ['speaker-article'], { speaker: [] });
  if (st.speaker.length > 1) {
    st.speaker.forEach((link, k) => add(`the link "${link.party} ${link.cue}" dropped`, ['relay-dropped'], { speaker: st.speaker.filter((_, j) => j !== k) }));
  }
  st.speaker.forEach((link, k) => {
    const words = link.party.split(/\s+/);
    const content = DETERMINER.test(words[0]!) ? words.slice(1) : words;
    const fragments = content.length > 1 ? [...new Set([content.at(-1)!, content[0]!])] : [];
    for (const fragment of fragments) {
      add(`the party "${link.party}" cut to "${fragment}"`, ['speaker-mismatch'], { speaker: st.speaker.map((l, j) => (j === k ? { ...l, party: fragment } : l)) });
    }
    const at = text.indexOf(link.party);
    const before = at > 0 ? /([\p{L}\p{N}’'-]+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at)) : null;
    // A possessive or a determiner before the party makes a longer party that is just as whole.
    if (before && !/['’]s$/u.test(before[1]!) && !DETERMINER.test(before[1]!)) {
      const stretched = `${before[1]} ${link.party}`;
      if (text.includes(stretched)) add(`the party "${link.party}" stretched to "${stretched}"`, ['speaker-mismatch'], { speaker: st.speaker.map((l, j) => (j === k ? { ...l, party: stretched } : l)) });
    }
  });
  if (st.certainty !== 'certain') add(`declared certain instead of ${st.certainty}`, ['certainty-mismatch'], { certainty: 'certain' });
  if (st.polarity === 'negative') add('declared positive', ['polarity-mismatch'], { polarity: 'positive' });
  st.cues.forEach((cue, k) =>
    add(`the declared cue "${cue}" dropped`, NEGATION_LIKE.test(cue) ? ['negation-dropped', 'hedge-dropped'] : ['hedge-dropped', 'negation-dropped'], {
      cues: st.cues.filter((_, j) => j !== k),
    }),
  );
  return out;
}
