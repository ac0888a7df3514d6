/** A marked span of a block: a cited quote (with its anchor) or a mention of catalogued systems. */
export type Span =
  | { kind: 'quote'; start: number; end: number; anchor: string }
  | { kind: 'mention'; start: number; end: number; entries: string[] };

export type SpanNode =
  | { kind: 'text'; text: string }
  | { kind: 'quote'; anchor: string; children: SpanNode[] }
  | { kind: 'mention'; entries: string[]; children: SpanNode[] };

const rank = (s: Span) => (s.kind === 'quote' ? 0 : 1);

/** Merges mentions with the same span (two systems referred to by "Such munitions") into one. */
function mergeMentions(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const same = out.find((o) => o.kind === 'mention' && s.kind === 'mention' && o.start === s.start && o.end === s.end);
    if (same && same.kind === 'mention' && s.kind === 'mention') {
      for (const e of s.entries) if (!same.entries.includes(e)) same.entries.push(e);
    } else out.push(s.kind === 'mention' ? { ...s, entries: [...s.entries] } : { ...s });
  }
  return out;
}

/**
 * Turns the text of one block and its overlapping spans into a tree that renders as properly
 * nested HTML. Spans are offsets into `text`. A quote contains every span that lies inside it;
 * a span that crosses a quote's end is split there, so its first part stays inside. A mention
 * that a quote starts inside and outlasts is split where the quote starts, so mentions never
 * cut a quote in two. A mention inside another mention is dropped (links cannot nest); its
 * systems join the outer mention.
 */
export function nestSpans(text: string, spans: readonly Span[]): SpanNode[] {
  const sorted = mergeMentions([...spans]).sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
  return build(text, 0, text.length, sorted, false);
}

/** Puts a span back into a queue sorted by start (longer first on ties). */
function requeue(queue: Span[], span: Span): void {
  const at = queue.findIndex((q) => q.start > span.start || (q.start === span.start && q.end < span.end));
  queue.splice(at === -1 ? queue.length : at, 0, span);
}

function build(text: string, from: number, to: number, spans: Span[], inMention: boolean): SpanNode[] {
  const nodes: SpanNode[] = [];
  let pos = from;
  const queue = [...spans];
  while (queue.length > 0) {
    let span = queue.shift()!;
    if (span.start < pos) continue; // fully consumed by an earlier sibling
    if (span.kind === 'mention') {
      const cut = queue.find((q) => q.kind === 'quote' && q.start > span.start && q.start < span.end && q.end > span.end);
      if (cut) {
        requeue(queue, { ...span, start: cut.start });
        span = { ...span, end: cut.start };
      }
    }
    if (span.start > pos) nodes.push({ kind: 'text', text: text.slice(pos, span.start) });
    const inner: Span[] = [];
    while (queue.length > 0 && queue[0]!.start < span.end) {
      const next = queue.shift()!;
      if (next.end <= span.end) inner.push(next);
      else {
        inner.push({ ...next, end: span.end });
        requeue(queue, { ...next, start: span.end });
      }
    }
    if (span.kind === 'mention' && inMention) {
      nodes.push(...build(text, span.start, span.end, inner, true));
    } else if (span.kind === 'mention') {
      // Mentions inside this one are flattened below, so their systems are linked from here.
      const nested = inner.filter((s) => s.kind === 'mention');
      const entries = [...span.entries, ...nested.flatMap((s) => (s.kind === 'mention' ? s.entries : []))];
      nodes.push({ kind: 'mention', entries: [...new Set(entries)], children: build(text, span.start, span.end, inner, true) });
    } else {
      nodes.push({ kind: 'quote', anchor: span.anchor, children: build(text, span.start, span.end, inner, inMention) });
    }
    pos = span.end;
  }
  if (pos < to) nodes.push({ kind: 'text', text: text.slice(pos, to) });
  return nodes;
}
