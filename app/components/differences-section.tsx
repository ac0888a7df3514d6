import type { CatalogEntry } from '@/catalog/schema/derived';
import { attributionText, citationHref, sourceOrdinal } from '@/catalog/views';

/** Each disagreement or variant wording, its sides next to each other, each with who says it. */
export function DifferencesSection({ entry }: { entry: CatalogEntry }) {
  return (
    <div className="space-y-6">
      {entry.differences.map((d, k) => (
        <div key={d.topic}>
          <h3 className="mb-2 font-semibold">{d.topic}</h3>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(auto-fit,minmax(14rem,1fr))]">
            {d.sides.map((side, i) => {
              const n = entry.differenceCitations[k]![i]!;
              const c = entry.citations[n - 1]!;
              return (
                <li key={i} className="flex flex-col rounded-md border border-rule p-3">
                  <p className="text-xs font-semibold uppercase tracking-wide text-muted">
                    {attributionText(side.attribution, c.source)}
                  </p>
                  <blockquote className="mt-2 flex-1 font-serif leading-relaxed">{c.quote}</blockquote>
                  <p className="mt-2 text-sm text-muted">
                    {sourceOrdinal(c.source)}, {c.blockLabel} ·{' '}
                    <a href={citationHref(c)}>read it</a> · <a href={`#cite-${n}`} aria-label={`Citation ${n}`}>[{n}]</a>
                  </p>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
