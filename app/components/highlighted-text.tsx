import { Fragment } from 'react';
import { highlightRanges } from '@/catalog/search/search-text';

export interface HighlightedTextProps {
  text: string;
  /** Matched search terms; the words of `text` that yield them are marked. */
  terms: string[];
}

/**
 * `text` with its matching words marked. The text is split by the search normalizer and
 * rendered as text nodes, so nothing in it (or in the query) is ever read as markup or pattern.
 */
export function HighlightedText({ text, terms }: HighlightedTextProps) {
  const parts = [];
  let at = 0;
  for (const [start, end] of highlightRanges(text, terms)) {
    if (start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, start)}</Fragment>);
    parts.push(
      <mark key={`m${start}`} className="search-hit text-ink">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}
