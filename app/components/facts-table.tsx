import type { CatalogEntry } from '@/catalog/schema/derived';
import { attributionText, factLabel } from '@/catalog/views';

/** Every fact with who says it and numbered markers that jump to the cited words. */
export function FactsTable({ entry }: { entry: CatalogEntry }) {
  return (
    <table className="w-full border-collapse text-left text-sm max-sm:block">
      <thead className="max-sm:sr-only">
        <tr className="border-b border-rule text-xs uppercase tracking-wide text-muted">
          <th scope="col" className="py-2 pr-3 font-medium">Fact</th>
          <th scope="col" className="py-2 pr-3 font-medium">As the source words it</th>
          <th scope="col" className="py-2 pr-3 font-medium">Who says so</th>
          <th scope="col" className="py-2 font-medium">Sources</th>
        </tr>
      </thead>
      <tbody className="max-sm:block">
        {entry.facts.map((fact, i) => {
          const numbers = entry.factCitations[i]!;
          const first = entry.citations[numbers[0]! - 1]!;
          return (
            <tr key={i} className="border-b border-rule align-top max-sm:block max-sm:py-3">
              <th scope="row" className="py-2 pr-3 font-medium text-muted max-sm:block max-sm:py-0 max-sm:text-xs max-sm:uppercase max-sm:tracking-wide">
                {factLabel(fact.label)}
              </th>
              <td className="py-2 pr-3 font-serif text-base max-sm:block max-sm:py-1">{fact.value}</td>
              <td className="py-2 pr-3 max-sm:inline max-sm:py-0">
                <span className="sm:hidden text-muted">— </span>
                {attributionText(fact.attribution, first.source)}
              </td>
              <td className="whitespace-nowrap py-2 max-sm:inline max-sm:pl-2">
                {numbers.map((n) => (
                  <a key={n} href={`#cite-${n}`} className="mr-1 font-mono text-xs" aria-label={`Citation ${n}`}>
                    [{n}]
                  </a>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
