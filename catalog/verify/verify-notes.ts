/**
 * The catalog's own words (curator notes, the reasons of overrides and exclusions) may describe what a source says
 * only with the source's certainty: a note that borrows a passage's words from within the scope
 * of "said", "would" or "did not" must carry that cue too.
 */
import { scopeCovers } from '../text/cue-scope';
import { findDesignations } from '../text/designations';
import type { SourceRecord } from '../schema/derived';
import type { CheckedEntry } from './verify-entries';
import type { createPassageAnalyser } from './verify-factuality';
import type { ViolationList } from './violations';
import { listStatements } from './statements';

const STOPWORDS = new Set(
  'a an the of to in on at for with by from and or as is are was were be been it its this that these those which who their his her they them he she also than then into over about'.split(' '),
);
/** Each source's blocks by id, built once: a long source has tens of thousands. */
const blockIndex = new WeakMap<SourceRecord, Map<string, SourceRecord['blocks'][number]>>();
function findBlock(source: SourceRecord | undefined, id: string) {
  if (!source) return undefined;
  let index = blockIndex.get(source);
  if (!index) blockIndex.set(source, (index = new Map(source.blocks.map((b) => [b.id, b]))));
  return index.get(id);
}

/** Shortest run of shared words that counts as borrowing. */
const MIN_RUN = 3;

interface Token {
  word: string;
  start: number;
  end: number;
}

/** A word without its common endings, so that "denial" uses "denied" and "accusation" "accused". */
const stem = (word: string) => word.toLowerCase().replace(/(?:ations?|ions?|als?|ed|ing|s|ly)$/u, '');

const tokenize = (text: string): Token[] =>
  [...text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((m) => ({ word: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length }));

/** Runs of at least MIN_RUN words that `note` shares with `passage`, with content words in them. */
function sharedRuns(note: Token[], passage: Token[], nameWords: ReadonlySet<string>): { start: number; end: number; text: string }[] {
  const runs: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i < note.length; i++) {
    for (let j = 0; j < passage.length; j++) {
      if (note[i]!.word !== passage[j]!.word || (i > 0 && j > 0 && note[i - 1]!.word === passage[j - 1]!.word)) continue;
      let n = 0;
      while (i + n < note.length && j + n < passage.length && note[i + n]!.word === passage[j + n]!.word) n++;
      const words = passage.slice(j, j + n);
      const content = words.filter((t) => !STOPWORDS.has(t.word) && !nameWords.has(t.word));
      if (n >= MIN_RUN && content.length > 0) runs.push({ start: words[0]!.start, end: words.at(-1)!.end, text: words.map((t) => t.word).join(' ') });
    }
  }
  return runs;
}

/**
 * Checks an entry's notes and difference headings against the passages it cites: where one
 * repeats three or more words of a passage (not only names and small words) that lie in the
 * scope of a negation, hedge, modal, likeness or report, it must also use that cue's words.
 */
export function checkNotes(
  checked: CheckedEntry,
  sources: ReadonlyMap<string, SourceRecord>,
  nameWords: ReadonlySet<string>,
  analyse: ReturnType<typeof createPassageAnalyser>,
  out: ViolationList,
): void {
  const { entry, file, resolved } = checked;
  const own = [
    ...entry.notes.map((text, i) => ({ path: `notes[${i}]`, text })),
    ...listStatements(entry).flatMap((st) => st.factuality.overrides.map((o, k) => ({ path: `${st.path}.overrides[${k}].reason`, text: o.reason }))),
  ];
  if (own.length === 0) return;
  const blocks = new Map([...resolved.values()].map((r) => [`${r.source}#${r.block}`, findBlock(sources.get(r.source), r.block)]));
  for (const { path, text } of own) {
    // Words in quotation marks are the passage's, quoted: only the note's own words are held to its cues.
    const quoted = [...text.matchAll(/“[^”]*”|"[^"]*"/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const noteTokens = tokenize(text).filter((t) => !quoted.some((q) => q.start <= t.start && t.end <= q.end));
    const reported = new Set<string>();
    for (const [key, block] of blocks) {
      if (!block) continue;
      const { cues } = analyse(block);
      for (const run of sharedRuns(noteTokens, tokenize(block.text), nameWords)) {
        for (const cue of cues) {
          const insideRun = run.start <= cue.start && cue.end <= run.end;
          if (insideRun || !scopeCovers(cue, run)) continue;
          const used = new Set(noteTokens.map((t) => stem(t.word)));
          if (tokenize(cue.text).every((t) => used.has(stem(t.word))) || reported.has(`${cue.text}|${run.text}`)) continue;
          reported.add(`${cue.text}|${run.text}`);
          const who = cue.speaker ? ` ("${cue.speaker.text} ${cue.text}")` : '';
          out.add(
            'note-drift',
            file,
            path,
            `"${text}" repeats "${run.text}" from ${key.replace('#', ' ')}, where the ${cue.kind} "${cue.text}"${who} covers those words: say it with the source's "${cue.text}"`,
          );
        }
      }
    }
  }
}

/** Words that say more than a passage may: never the catalog's own unless its passages use them. */
export const STRONG_WORDS: readonly string[] = [
  'confirm', 'confirmed', 'confirms', 'prove', 'proved', 'proven', 'proves', 'establish', 'established', 'verified', 'verify',
  'definitely', 'certainly', 'clearly', 'undoubtedly', 'conclusively', 'obviously', 'surely', 'copy', 'copies', 'copied',
  'identical', 'clone', 'clones', 'deny', 'denied', 'denies', 'denial', 'refused', 'refuse', 'rejected', 'admitted', 'admits',
  'fact', 'known', 'true',
];

const multiWord = new WeakMap<readonly string[], RegExp>();

/** One pattern for the cue phrases of several words, compiled once per list. */
function multiWordPattern(phrases: readonly string[]): RegExp {
  let pattern = multiWord.get(phrases);
  if (!pattern) {
    const alternatives = phrases.filter((p) => p.includes(' ')).sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    pattern = new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'giu');
    multiWord.set(phrases, pattern);
  }
  return pattern;
}

/** Words the catalog's own relation labels use: its words, not a passage's. */
const CATALOG_WORDS = new Set(['compared', 'listed', 'displayed', 'alongside', 'kind', 'catalogued', 'entry', 'article', 'articles', 'source', 'sources', 'passage', 'passages', 'shown', 'printed', 'written', 'read', 'named', 'names']);

/** A word's stem for comparing a note with its passages: "claims" and "claimed" agree, "said" and "says". */
const lemma = (word: string) => {
  const w = word.toLowerCase().replace(/’/g, "'");
  const irregular: Record<string, string> = { said: 'say', says: 'say', told: 'tell', tells: 'tell', wrote: 'write', shown: 'show', showed: 'show', denied: 'deny', denies: 'deny', denial: 'deny' };
  return irregular[w] ?? stem(w).replace(/i$/u, 'y').replace(/e$/u, '');
};

/**
 * Checks the catalog's own words — notes and exclusion reasons — word by word against the
 * passages they speak of (an entry's cited passages; for an exclusion, the excluded passage):
 * every reporting, hedging, likeness or strong word ("confirmed", "copies", "denied") must be
 * one the passages use, every system and proper name must be named there, every date and every
 * number must be printed there, and a number must be a number there, not part of a designation.
 */
export function checkOwnWords(
  file: string,
  path: string,
  text: string,
  passages: readonly string[],
  cuePhrases: readonly string[],
  systems: { named: (text: string) => string[]; inPassages: ReadonlySet<string> },
  out: ViolationList,
): void {
  const passageLemmas = new Set(passages.flatMap((p) => tokenize(p).map((t) => lemma(t.word))));
  const passageText = passages.join('\n').toLowerCase();
  const noteTokens = tokenize(text);
  const watched = new Set([...cuePhrases.filter((p) => !p.includes(' ')), ...STRONG_WORDS].map(lemma));
  const problems: string[] = [];
  for (const t of noteTokens) {
    const l = lemma(t.word);
    if (CATALOG_WORDS.has(t.word) || !watched.has(l) || passageLemmas.has(l)) continue;
    if (['not', 'no', 'neither', 'nor', 'never', 'none', 'without'].includes(t.word)) continue;
    problems.push(`"${t.word}"`);
  }
  for (const m of text.matchAll(multiWordPattern(cuePhrases))) {
    if (!passageText.includes(m[0].toLowerCase().replace(/\s+/g, ' '))) problems.push(`"${m[0]}"`);
  }
  // Numbers: as numbers of the passages, not digits of a designation.
  // A number with the word after it ("67,300 barrels", "18 ICBMs"), outside designations ("Hwasong-18").
  const standalone = (s: string) => {
    const designations = findDesignations(s).filter((d) => d.kind === 'designation');
    return [...s.matchAll(/(\d+(?:[.,]\d+)*)(?:[\s-]+([\p{L}]+))?/gu)]
      .filter((m) => !designations.some((d) => d.start <= m.index && m.index < d.end))
      .map((m) => ({ n: m[1]!, next: m[2] ? lemma(m[2]) : '' }));
  };
  const passageNumbers = passages.flatMap(standalone);
  for (const { n, next } of standalone(text)) {
    // The same number, and where the note counts something, the same thing counted.
    const printed = passageNumbers.some((p) => p.n === n && (next === '' || STOPWORDS.has(next) || p.next === next));
    if (!printed) out.add('digits-not-cited', file, path, `the number "${n}" in ${JSON.stringify(text)} is printed as a number in none of its passages (a designation's digits are not a number)`);
  }
  // Systems and proper names: named in the passages.
  for (const name of systems.named(text)) if (!systems.inPassages.has(name)) problems.push(`"${name}"`);
  for (const m of text.matchAll(/(?<=[\p{Ll},;:]\s+|\(|“)(\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.-]*)*)/gu)) {
    const words = m[1]!.split(/\s+/).map((w) => w.replace(/[.,;:]+$/u, '')).filter((w) => /^\p{Lu}/u.test(w) && !CATALOG_WORDS.has(w.toLowerCase()));
    for (const w of words) if (!passageText.includes(w.toLowerCase().replace(/’s$|'s$/u, ''))) problems.push(`"${w}"`);
  }
  if (problems.length > 0) {
    out.add(
      'own-words-unsupported',
      file,
      path,
      `${JSON.stringify(text.length > 120 ? `${text.slice(0, 119)}…` : text)} uses ${[...new Set(problems)].join(', ')}, which its passages do not: the catalog's own words may only repeat what the passages say, with their words`,
    );
  }
}
