/**
 * The catalog's own words (curator notes, difference headings) may describe what a source says
 * only with the source's certainty: a note that borrows a passage's words from within the scope
 * of "said", "would" or "did not" must carry that cue too.
 */
import { scopeCovers } from '../text/cue-scope';
import type { SourceRecord } from '../schema/derived';
import type { CheckedEntry } from './verify-entries';
import type { createPassageAnalyser } from './verify-factuality';
import type { ViolationList } from './violations';

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
    ...entry.differences.map((d, i) => ({ path: `differences[${i}].topic`, text: d.topic })),
  ];
  if (own.length === 0) return;
  const blocks = new Map([...resolved.values()].map((r) => [`${r.source}#${r.block}`, findBlock(sources.get(r.source), r.block)]));
  for (const { path, text } of own) {
    const noteTokens = tokenize(text);
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
