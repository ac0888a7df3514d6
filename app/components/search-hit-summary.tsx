import type { SearchHit } from '@/catalog/search/search';
import { HighlightedText } from './highlighted-text';

/** What a dropdown result shows: an entry's name and matching line, or a passage's words. */
export function SearchHitSummary({ hit }: { hit: SearchHit }) {
  if (hit.kind === 'entry') {
    return (
      <>
        <span className="capitalize-first block text-sm font-semibold text-ink">
          <HighlightedText text={hit.title} terms={hit.terms} />
          <span className="sr-only">, </span>
          <span className="ml-2 text-xs font-normal text-muted">{hit.label}</span>
          <span className="sr-only">. </span>
        </span>
        <span className="block truncate text-xs text-muted">
          <HighlightedText text={hit.snippet} terms={hit.terms} />
        </span>
      </>
    );
  }
  return (
    <>
      <span className="block truncate text-xs text-muted">
        {hit.label} · {hit.title}
        <span className="sr-only">: </span>
      </span>
      <span className="line-clamp-2 text-sm text-ink">
        <HighlightedText text={hit.snippet} terms={hit.terms} />
      </span>
    </>
  );
}
