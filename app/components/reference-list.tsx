import { quoteCitationText, quoteSourceText } from '@/catalog/export/cite';
import { sourceHeading, sourceHref, type Reference } from '@/catalog/views';
import { SITE_URL } from '../site';
import { CopyButton } from './copy-button';

/** References of one source, in the order of the list. */
function bySource(references: Reference[]): { source: string; refs: Reference[] }[] {
  const groups: { source: string; refs: Reference[] }[] = [];
  for (const r of references) {
    const last = groups.at(-1);
    if (last?.source === r.citation.source) last.refs.push(r);
    else groups.push({ source: r.citation.source, refs: [r] });
  }
  return groups;
}

/**
 * The page's one list of references, as in Wikipedia: each quote once, under the source it is
 * from (named once), with its passage, one link to the highlighted words and one copy button.
 */
export function ReferenceList({ references }: { references: Reference[] }) {
  return (
    <div className="space-y-5">
      {bySource(references).map(({ source, refs }) => (
        <div key={source}>
          <h3 className="mb-2 text-sm font-semibold">
            <a href={sourceHref(source)}>{sourceHeading(source)}</a>
          </h3>
          <ol className="space-y-2.5">
            {refs.map((r) => (
              <li key={r.id} id={r.id} value={r.n} className="reference">
                <span className="reference-n" aria-hidden="true">
                  {r.n}
                </span>
                <div>
                  <blockquote className="font-serif text-[0.9375rem] leading-snug">{r.citation.quote}</blockquote>
                  <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-[0.8125rem] text-muted">
                    <span>
                      {r.citation.blockLabel}
                      {r.mentionOnly && ' · mentions it'}
                    </span>
                    <a href={r.href} className="print-href" data-print-url={`${SITE_URL}${r.href}`}>
                      Read it in the article
                    </a>
                    <CopyButton
                      text={quoteCitationText(r.citation, SITE_URL)}
                      url={`${SITE_URL}${r.href}`}
                      label="Copy"
                      detail={`citation ${r.n}`}
                      fallback={quoteSourceText(r.citation, SITE_URL)}
                    />
                  </p>
                </div>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
