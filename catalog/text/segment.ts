import type { Block, BlockKind } from '../schema/derived';
import type { BlockRule } from '../schema/source';
import {
  CAPTION_CREDIT_CUES,
  CHROME_CUES,
  DATELINE_CUE,
  EDITORS_NOTE_CUE,
  LIST_ITEM_CUE,
  NOTE_CUES,
  SCRAPER_STAMP_CUE,
  TIMESTAMP_CUE,
  matchByline,
} from './layout-cues';

/** One line of a raw text: its 1-based number and the offsets of its trimmed text. */
export interface Line {
  n: number;
  start: number;
  end: number;
  text: string;
}

/** A block with the decision that made it, so that a curator can read why. */
export interface ExplainedBlock extends Block {
  why: string;
  /** First and last line of the block, 1-based. */
  lines: [number, number];
}

interface Decision {
  kind: BlockKind;
  why: string;
  /** Index of the source's block rule that decided, if one did. */
  rule?: number;
}

interface Draft {
  lines: Line[];
  decision?: Decision;
}

const LABELS: Record<BlockKind, string> = {
  headline: 'Headline',
  paragraph: 'Paragraph',
  caption: 'Photo caption',
  byline: 'Byline',
  chrome: 'Site text',
  note: "Editor's note",
  timestamp: 'Date line',
  'alt-text': 'Image description',
};

const ID_PREFIX: Record<BlockKind, string> = {
  headline: 'headline',
  paragraph: 'paragraph',
  caption: 'caption',
  byline: 'byline',
  chrome: 'site-text',
  note: 'note',
  timestamp: 'date-line',
  'alt-text': 'image-text',
};

/** Kinds an article usually has once: the first gets a bare id ("headline"), later ones a number. */
const SINGLE = new Set<BlockKind>(['headline', 'byline', 'note', 'timestamp']);
/** Kinds that may come before the headline without starting the story: site text, bylines, dates, notes. */
const BEFORE_STORY = new Set<BlockKind>(['chrome', 'timestamp', 'byline', 'note']);
/** A sentence (or a clause a new line may follow) ends here, possibly inside closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…:;][”"’'»)\]]*$/u;
const ENDS_WITH_FULL_STOP = /\.[”"’'»)\]]*$/u;
const MAX_HEADLINE_WORDS = 20;
/** Hard-wrapped text is set to a width like this; longer lines are paragraphs of their own. */
const WRAP_WIDTH = { min: 40, max: 100 };
/** A line this full, relative to the longest line of its run, was broken by the wrap, not by the writer. */
const FULL_LINE = 0.7;
/** An image's alt text names a person or a thing in a few capitalised words ("Sergei Shoigu, Russian Defense Minister"). */
const MAX_ALT_TEXT_WORDS = 15;
const TITLE_CASE_SHARE = 0.6;

/** Every line of `raw`, blank ones included; "\r\n", "\r" and "\n" all end a line. Offsets skip surrounding spaces (NBSP too). */
export function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  for (const m of raw.matchAll(/\r\n|\r|\n|$/g)) {
    const full = raw.slice(at, m.index);
    const lead = full.length - full.trimStart().length;
    const text = full.trim();
    lines.push({ n: lines.length + 1, start: at + lead, end: at + lead + text.length, text });
    at = m.index + m[0].length;
    if (m[0] === '') break;
  }
  return lines;
}

/** The photo credit that closes a caption, with the table row that recognised it. */
export function findCaptionCredit(text: string): { credit: string; why: string } | null {
  for (const cue of CAPTION_CREDIT_CUES) {
    const m = cue.pattern.exec(text);
    if (m) return { credit: m[0].replace(/^[\s—–-]+/u, ''), why: cue.why };
  }
  return null;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const endsBlock = (text: string) => ENDS_SENTENCE.test(text) || findCaptionCredit(text) !== null;

function compileRules(rules: readonly BlockRule[]): ((line: Line) => boolean)[] {
  return rules.map((rule) => {
    if ('lines' in rule) return (line) => rule.lines[0] <= line.n && line.n <= rule.lines[1];
    const pattern = new RegExp(rule.match, 'u');
    return (line) => pattern.test(line.text);
  });
}

/** What a line is on its own, before lines are joined into passages: a rule's kind, chrome, a byline or a date line. */
function decideLine(line: Line, rules: readonly BlockRule[], fits: ((line: Line) => boolean)[]): Decision | null {
  const i = fits.findIndex((fit) => fit(line));
  if (i !== -1) {
    const rule = rules[i]!;
    const where = 'lines' in rule ? `lines ${rule.lines[0]}-${rule.lines[1]}` : `lines matching /${rule.match}/`;
    return { kind: rule.kind, why: `the source's metadata (blockRules[${i}], ${where}): ${rule.reason}`, rule: i };
  }
  const chrome = CHROME_CUES.find((cue) => cue.pattern.test(line.text));
  if (chrome) return { kind: 'chrome', why: `site chrome: ${chrome.why}` };
  const stamp = SCRAPER_STAMP_CUE.pattern.exec(line.text)?.[0];
  const rest = stamp ? line.text.slice(stamp.length) : line.text;
  const after = stamp ? `, after a scraper's date stamp "${stamp.trim()}"` : '';
  if (stamp && rest === '') return { kind: 'timestamp', why: `a scraper's date stamp: when the page was saved, not when the article was published` };
  const note = NOTE_CUES.find((cue) => cue.pattern.test(rest));
  if (note) return { kind: 'note', why: `note: ${note.why}${after}` };
  if (matchByline(line.text)) return { kind: 'byline', why: 'byline: "By" and a name' };
  if (TIMESTAMP_CUE.pattern.test(line.text)) return { kind: 'timestamp', why: 'date line: a date, alone or after "Published", "Updated"…' };
  return null;
}

/**
 * Whether `next` continues the passage that `prev` ends: not after the end of a sentence or a
 * photo credit; always when `next` starts in lower case; otherwise only in hard-wrapped text,
 * where `prev` fills the wrap width. The first line of an article (a likely headline) joins a
 * capitalised line only when it is nearly full.
 */
function continues(prev: Line, next: Line, run: { width: number; lines: number }, firstLine: boolean): boolean {
  if (endsBlock(prev.text) || LIST_ITEM_CUE.pattern.test(next.text)) return false;
  if (/^\p{Ll}/u.test(next.text)) return true;
  if (run.width < WRAP_WIDTH.min || run.width > WRAP_WIDTH.max) return false;
  // A name-and-title line above a caption that stands on its own line is the picture's alt text.
  if (isAltTextLine(prev.text) && findCaptionCredit(next.text)) return false;
  // Two lines are no evidence of a wrap width: the first line of an article stays on its own.
  if (firstLine) return run.lines >= 3 && prev.text.length >= 0.85 * run.width;
  return prev.text.length >= FULL_LINE * run.width;
}

/**
 * Whether a line reads like an image's alt text: a few words, mostly capitalised, without the
 * punctuation that ends a sentence ("Kim Jong Un, General Secretary of the Workers' Party of Korea").
 */
function isAltTextLine(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length < 2 || words.length > MAX_ALT_TEXT_WORDS || ENDS_SENTENCE.test(text) || findCaptionCredit(text)) return false;
  const long = words.filter((w) => w.replace(/\P{L}/gu, '').length >= 4);
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= TITLE_CASE_SHARE * long.length;
}

/** For each line, the length of the longest undecided line in its run of non-blank lines, and how many undecided lines the run has. */
function runWidths(lines: Line[], decided: (Decision | null)[]): { width: number; lines: number }[] {
  const runs = new Array<{ width: number; lines: number }>(lines.length);
  let from = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.text !== '') continue;
    let width = 0;
    let count = 0;
    for (let k = from; k < i; k++) {
      if (decided[k]) continue;
      count++;
      width = Math.max(width, lines[k]!.text.length);
    }
    runs.fill({ width, lines: count }, from, i);
    from = i + 1;
  }
  return runs;
}

/** Lines grouped into passages: blank lines and decided lines end a passage, wrapped lines continue one. */
function groupLines(lines: Line[], rules: readonly BlockRule[]): Draft[] {
  const fits = compileRules(rules);
  const decided = lines.map((l) => (l.text === '' ? null : decideLine(l, rules, fits)));
  const widths = runWidths(lines, decided);
  const drafts: Draft[] = [];
  let open: Draft | undefined;
  let firstBody: Draft | undefined;
  lines.forEach((line, i) => {
    const decision = decided[i];
    if (line.text === '') {
      open = undefined;
    } else if (decision) {
      // Adjacent lines one rule gives the same kind are one passage; chrome stays line by line.
      const last = open?.lines.at(-1);
      const sameRule = decision.rule !== undefined && open?.decision?.rule === decision.rule && last?.n === line.n - 1;
      if (sameRule && decision.kind !== 'chrome') open!.lines.push(line);
      else drafts.push((open = { lines: [line], decision }));
      if (decision.kind === 'chrome') open = undefined;
    } else if (open && !open.decision && continues(open.lines.at(-1)!, line, widths[i]!, open === firstBody && open.lines.length === 1)) {
      open.lines.push(line);
    } else {
      drafts.push((open = { lines: [line] }));
      firstBody ??= open;
    }
  });
  return drafts;
}

/**
 * What a passage that no line rule decided is: a caption, an editor's note, the headline, an
 * image's alt text (a name-and-title line right before a caption), or a paragraph.
 */
function decidePassage(text: string, lineCount: number, storyStarted: boolean, beforeCaption: boolean): Decision {
  const credit = findCaptionCredit(text);
  if (credit) return { kind: 'caption', why: `photo caption: ends with a credit (${credit.why}) "${credit.credit}"` };
  if (EDITORS_NOTE_CUE.pattern.test(text)) return { kind: 'note', why: `editor's note: starts with "${text.split(/[:—–-]/u)[0]!.trim()}"` };
  const stamp = SCRAPER_STAMP_CUE.pattern.exec(text)?.[0];
  const own = stamp ? text.slice(stamp.length) : text;
  const words = wordCount(own);
  if (!storyStarted && lineCount === 1 && words <= MAX_HEADLINE_WORDS && !ENDS_WITH_FULL_STOP.test(own) && !DATELINE_CUE.pattern.test(own)) {
    const after = stamp ? `, after a scraper's date stamp "${stamp.trim()}"` : '';
    return { kind: 'headline', why: `headline: the first passage, ${words} words, no full stop${after}` };
  }
  if (beforeCaption && lineCount === 1 && isAltTextLine(text)) {
    return { kind: 'alt-text', why: "an image's alt text: a name-and-title line right before the picture's caption" };
  }
  return { kind: 'paragraph', why: endsBlock(text) ? 'paragraph' : 'paragraph: no rule recognises it, so it is shown as a paragraph' };
}

/** Whether a passage (not yet decided) is a photo caption: a rule made it one, or it ends with a credit. */
function isCaptionDraft(raw: string, draft: Draft | undefined): boolean {
  if (!draft) return false;
  if (draft.decision) return draft.decision.kind === 'caption';
  return findCaptionCredit(raw.slice(draft.lines[0]!.start, draft.lines.at(-1)!.end)) !== null;
}

/**
 * Splits a raw article into blocks with `[start, end)` offsets into `raw`, each with the
 * decision that made it. It fails open: a line is kept from the reader only when it is
 * recognisably site chrome (`CHROME_CUES`) or a rule of the source's metadata says so; any
 * line nothing recognises is a paragraph. Hard-wrapped lines are joined into one block (its
 * text keeps the line breaks as stored). A block that repeats an earlier block of the same
 * kind word for word (captions printed twice, the headline under the navigation) keeps its own
 * id (`caption-1-repeat`, then `caption-1-repeat-2`…) with `duplicateOf` pointing at the first.
 *
 * @returns the blocks, and the indexes of `rules` that fitted no line (stale rules).
 */
export function explainBlocks(raw: string, rules: readonly BlockRule[] = []): { blocks: ExplainedBlock[]; unusedRules: number[] } {
  const drafts = groupLines(splitLines(raw), rules);
  const blocks: ExplainedBlock[] = [];
  const counters: Partial<Record<BlockKind, number>> = {};
  const firstByText = new Map<string, ExplainedBlock>();
  const repeatsOf = new Map<string, number>();
  let storyStarted = false;

  drafts.forEach(({ lines, decision }, index) => {
    const first = lines[0]!;
    const last = lines.at(-1)!;
    const text = raw.slice(first.start, last.end);
    const decided = decision ?? decidePassage(text, lines.length, storyStarted, isCaptionDraft(raw, drafts[index + 1]));
    let kind = decided.kind;
    const original = firstByText.get(text);
    // A repeat of the headline is the headline again, not navigation or a paragraph.
    if (original?.kind === 'headline') kind = 'headline';
    if (!BEFORE_STORY.has(kind)) storyStarted = true;

    const block: ExplainedBlock = { id: '', kind, label: '', start: first.start, end: last.end, text, why: decided.why, lines: [first.n, last.n] };
    if (original && original.kind === kind) {
      // Ids stay unique however often a block is printed: they are the reader's anchors.
      const n = (repeatsOf.get(original.id) ?? 0) + 1;
      repeatsOf.set(original.id, n);
      block.id = n === 1 ? `${original.id}-repeat` : `${original.id}-repeat-${n}`;
      block.label = `${original.label} (printed again)`;
      block.duplicateOf = original.id;
      block.why = `printed again: the same words as ${original.id}`;
    } else {
      const n = (counters[kind] ?? 0) + 1;
      counters[kind] = n;
      const bare = SINGLE.has(kind) && n === 1;
      block.id = bare ? ID_PREFIX[kind] : `${ID_PREFIX[kind]}-${n}`;
      block.label = bare ? LABELS[kind] : `${LABELS[kind]} ${n}`;
      firstByText.set(text, block);
    }
    blocks.push(block);
  });
  const used = new Set(drafts.flatMap((d) => (d.decision?.rule === undefined ? [] : [d.decision.rule])));
  return { blocks, unusedRules: rules.flatMap((_, i) => (used.has(i) ? [] : [i])) };
}

/**
 * The blocks of a raw article (see `explainBlocks`), with `raw.slice(start, end) === text`
 * for every block. Pure and deterministic: the same text and rules always give the same
 * blocks and ids.
 */
export function segmentText(raw: string, rules: readonly BlockRule[] = []): Block[] {
  return explainBlocks(raw, rules).blocks.map(plainBlock);
}

/** A block without the decision that made it: what the catalog stores and the reader gets. */
export function plainBlock(block: ExplainedBlock): Block {
  const { id, kind, label, start, end, text, duplicateOf } = block;
  return duplicateOf === undefined ? { id, kind, label, start, end, text } : { id, kind, label, start, end, text, duplicateOf };
}

/**
 * The block that contains `[start, end)`, or undefined if the span crosses a block boundary.
 * Blocks are in reading order and do not overlap, so the search halves: a source of tens of
 * thousands of passages is looked up as fast as a short article.
 */
export function findBlockAt(blocks: readonly Block[], start: number, end: number): Block | undefined {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const block = blocks[lo - 1];
  return block && block.start <= start && end <= block.end ? block : undefined;
}
