import type { Block } from '../schema/derived';

export interface NameMatch {
  block: string;
  start: number;
  end: number;
  text: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for one name that ignores case, treats a hyphen, a space or nothing between two
 * parts alike ("Hwasong-17", "Hwasong 17", "hwasong17"), accepts a plural "s", and only
 * matches whole words ("Hwasong-17" does not match inside "Hwasong-170").
 */
export function namePattern(name: string): RegExp {
  const parts = name.trim().split(/[\s\u00a0-]+/).filter(Boolean).map(escapeRegExp);
  const body = parts.join('[\\s\\u00a0-]?');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}s?(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Finds every occurrence of any of `names` in the given blocks. Overlapping occurrences of
 * different names of the same system are merged into the longest, so "Hwasong-18s" counts
 * once even when both "Hwasong-18" and "Hwasong-18s" are names. Offsets are into the raw
 * source text, like the blocks'.
 */
export function findMentions(blocks: readonly Block[], names: readonly string[]): NameMatch[] {
  const patterns = names.map(namePattern);
  const found: NameMatch[] = [];
  for (const block of blocks) {
    const spans: { start: number; end: number }[] = [];
    for (const pattern of patterns) {
      for (const m of block.text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length });
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: { start: number; end: number }[] = [];
    for (const span of spans) {
      const last = merged.at(-1);
      if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
      else merged.push({ ...span });
    }
    for (const { start, end } of merged) {
      found.push({ block: block.id, start: block.start + start, end: block.start + end, text: block.text.slice(start, end) });
    }
  }
  return found;
}
