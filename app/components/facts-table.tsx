import type { CatalogEntry } from '@/catalog/schema/derived';
import { factViews } from '@/catalog/views';
import { StatementWords, VoiceLine } from './statement-words';

export interface FactsTableProps {
  entry: CatalogEntry;
}

/** Every fact: who says it, in the source's words, how surely, and numbered markers to the cited words. */
export function FactsTable({ entry }: FactsTableProps) {
  if (entry.facts.length === 0) {
    return <p className="text-sm text-muted">No fact about it has been recorded yet; the passages that mention it are listed below.</p>;
  }
  return (
    <>
      <p className="mb-3 text-sm text-muted">
        Each fact keeps its source’s words: <em className="cue">cue words</em> that hedge, negate or attribute it are marked,
        and the line below says whose words they are and how surely they are put.
      </p>
      <table className="w-full border-collapse text-left text-sm max-sm:block">
        <thead className="max-sm:sr-only">
          <tr className="border-b border-rule text-xs uppercase tracking-wide text-muted">
            <th scope="col" className="py-2 pr-3 font-medium">Fact</th>
            <th scope="col" className="py-2 pr-3 font-medium">What the source says, and who says it</th>
            <th scope="col" className="py-2 font-medium">Sources</th>
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {factViews(entry).map((fact, i) => (
            <tr key={i} className="border-b border-rule align-top max-sm:block max-sm:py-3">
              <th scope="row" className="py-2 pr-3 font-medium text-muted max-sm:block max-sm:py-0 max-sm:text-xs max-sm:uppercase max-sm:tracking-wide">
                {fact.label}
              </th>
              <td className="py-2 pr-3 max-sm:block max-sm:py-1">
                <p className="font-serif text-base">
                  <StatementWords view={fact} />
                </p>
                <p className="mt-1 text-xs text-muted">
                  <VoiceLine view={fact} />
                </p>
              </td>
              <td className="whitespace-nowrap py-2 max-sm:block max-sm:py-0">
                {fact.numbers.map((n) => (
                  <a key={n} href={`#cite-${n}`} className="mr-1 inline-block min-h-6 min-w-6 font-mono text-xs" aria-label={`Citation ${n}`}>
                    [{n}]
                  </a>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
