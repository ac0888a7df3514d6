import type { Block, BlockKind } from '../schema/derived';

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Photo credits close a caption: "[YONHAP]", "[NEWS1]", "(Korean Central News Agency/… via AP)". */
const CAPTION_CREDIT = /(?:\[[A-Z0-9][A-Z0-9 ./&-]*\]|\((?:[^()]*\bvia AP|AP Photo[^()]*)\))$/;
/** "BY MICHAEL LEE [lee.junhyuk@…]": the byline ends the article; what follows is site chrome. */
const BYLINE = /^BY [A-Z][A-Z .'’-]+(?:\[[^\]]*\])?$/;
/** Prose ends like a sentence; navigation and widget labels ("print dictionary print") do not. */
const SENTENCE_END = /[.!?"”’)]$/;
const MAX_HEADLINE_WORDS = 16;

const LABELS: Record<BlockKind, string> = {
  headline: 'Headline',
  paragraph: 'Paragraph',
  caption: 'Photo caption',
  byline: 'Byline',
  chrome: 'Site text',
};

const ID_PREFIX: Record<BlockKind, string> = {
  headline: 'headline',
  paragraph: 'paragraph',
  caption: 'caption',
  byline: 'byline',
  chrome: 'site-text',
};

/** Non-blank lines with offsets of their first and last non-space character (NBSP counts as space). */
function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\n]+/g;
  for (const m of raw.matchAll(pattern)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (text === '') continue;
    const start = m.index + lead;
    lines.push({ start, end: start + text.length, text });
  }
  return lines;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function classify(line: Line, index: number, afterByline: boolean): BlockKind {
  if (afterByline) return 'chrome';
  if (BYLINE.test(line.text)) return 'byline';
  if (CAPTION_CREDIT.test(line.text)) return 'caption';
  const proseLike = SENTENCE_END.test(line.text);
  if (index === 0 && !proseLike && wordCount(line.text) <= MAX_HEADLINE_WORDS) return 'headline';
  return proseLike ? 'paragraph' : 'chrome';
}

/**
 * Splits a raw article into blocks with `[start, end)` offsets into `raw`, so that
 * `raw.slice(start, end) === text` for every block. Pure and deterministic: the same text
 * always yields the same blocks and ids. A block that repeats an earlier block of the same
 * kind word for word (captions printed twice, the headline repeated under the navigation)
 * keeps its own id (`caption-1-repeat`, then `caption-1-repeat-2`…) with `duplicateOf`
 * pointing at the first copy.
 */
export function segmentText(raw: string): Block[] {
  const lines = splitLines(raw);
  const blocks: Block[] = [];
  const counters: Partial<Record<BlockKind, number>> = {};
  const firstByText = new Map<string, Block>();
  const repeatsOf = new Map<string, number>();
  let afterByline = false;

  lines.forEach((line, index) => {
    let kind = classify(line, index, afterByline);
    const original = firstByText.get(line.text);
    // A repeat of the headline is the headline again, not navigation.
    if (original?.kind === 'headline') kind = 'headline';
    if (kind === 'byline') afterByline = true;

    const block: Block = { id: '', kind, label: '', start: line.start, end: line.end, text: line.text };
    if (original && original.kind === kind) {
      // Ids stay unique however often a block is printed: they are the reader's anchors.
      const n = (repeatsOf.get(original.id) ?? 0) + 1;
      repeatsOf.set(original.id, n);
      block.id = n === 1 ? `${original.id}-repeat` : `${original.id}-repeat-${n}`;
      block.label = `${original.label} (printed again)`;
      block.duplicateOf = original.id;
    } else {
      const n = (counters[kind] ?? 0) + 1;
      counters[kind] = n;
      const single = kind === 'headline' || kind === 'byline';
      block.id = single && n === 1 ? ID_PREFIX[kind] : `${ID_PREFIX[kind]}-${n}`;
      block.label = single && n === 1 ? LABELS[kind] : `${LABELS[kind]} ${n}`;
      firstByText.set(line.text, block);
    }
    blocks.push(block);
  });
  return blocks;
}

/** The block that contains `[start, end)`, or undefined if the span crosses a block boundary. */
export function findBlockAt(blocks: readonly Block[], start: number, end: number): Block | undefined {
  return blocks.find((b) => b.start <= start && end <= b.end);
}
