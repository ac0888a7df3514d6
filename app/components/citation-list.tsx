import type { CatalogEntry } from '@/catalog/schema/derived';
import { quoteCitationText } from '@/catalog/export/cite';
import { textFragmentHref } from '@/catalog/text/text-fragment';
import { citationHref, findSource, sourceOrdinal, sourceTitle } from '@/catalog/views';
import { SITE_URL } from '../site';
import { CopyButton } from './copy-button';

/** The numbered citations of an entry: each quote with its source, passage and a link to the words. */
export function CitationList({ entry }: { entry: CatalogEntry }) {
  return (
    <ol className="space-y-4">
      {entry.citations.map((c, i) => {
        const source = findSource(c.source)!;
        return (
          <li key={`${c.source}-${c.anchor}`} id={`cite-${i + 1}`} className="grid grid-cols-[2.5rem_1fr] gap-2 target:rounded-md target:bg-accent-soft">
            <span className="pt-1 text-right font-mono text-xs text-muted">[{i + 1}]</span>
            <div>
              <blockquote className="border-l-2 border-rule pl-3 font-serif text-base leading-relaxed">{c.quote}</blockquote>
              <p className="mt-1 pl-3 text-sm text-muted">
                {sourceOrdinal(c.source)}, <cite className="not-italic">{sourceTitle(source)}</cite> · {c.blockLabel}
              </p>
              <p className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 pl-3 text-sm">
                <a href={citationHref(c)} className="print-href" data-print-url={`${SITE_URL}${citationHref(c)}`}>
                  Read it in the article
                </a>
                <a href={textFragmentHref(c, source.text)} className="no-print text-xs" title="A link browsers highlight by its text, wherever it is shared">
                  Text-fragment link
                </a>
                <CopyButton text={quoteCitationText(c, SITE_URL)} url={`${SITE_URL}${citationHref(c)}`} label="Copy citation" detail={String(i + 1)} withFallback />
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
