import type { CatalogEntry } from '@/catalog/schema/derived';
import { citationHref, differenceViews, sourceOrdinal } from '@/catalog/views';
import { StatementWords, VoiceLine } from './statement-words';

export interface DifferencesSectionProps {
  entry: CatalogEntry;
}

/** Each disagreement or variant wording, its sides next to each other, each with whose words it is. */
export function DifferencesSection({ entry }: DifferencesSectionProps) {
  return (
    <div className="space-y-6">
      {differenceViews(entry).map((d) => (
        <div key={d.topic}>
          <h3 className="mb-2 font-semibold">{d.topic}</h3>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(auto-fit,minmax(14rem,1fr))]">
            {d.sides.map((side) => (
              <li key={side.n} className="flex flex-col rounded-md border border-rule p-3">
                <h4 className="font-semibold">{side.account}</h4>
                <p className="mt-1 text-xs text-muted">
                  <VoiceLine view={side} />
                </p>
                <blockquote className="mt-2 flex-1 font-serif leading-relaxed">
                  <StatementWords view={{ speaker: side.speaker, parts: side.parts }} />
                </blockquote>
                <p className="mt-2 text-sm text-muted">
                  {sourceOrdinal(side.citation.source)}, {side.citation.blockLabel} · <a href={citationHref(side.citation)}>read it</a> ·{' '}
                  <a href={`#cite-${side.n}`} aria-label={`Citation ${side.n}`}>
                    [{side.n}]
                  </a>
                </p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
