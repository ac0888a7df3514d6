import type { StatementRow } from '@/catalog/views';
import { Statement } from './statement-words';

export interface StatementListProps {
  rows: StatementRow[];
}

/** Statements as label and words, a row each: the infobox and the rows under it. */
export function StatementList({ rows }: StatementListProps) {
  return (
    <dl className="statement-list">
      {rows.map((row) => (
        <div key={row.id} id={row.id} className="statement-row">
          <dt className="statement-label">
            {row.shownLabels.join(' · ')}
            {row.relations.map((r, i) => (
              <span key={r.href}>
                {(i > 0 || row.shownLabels.length > 0) && ' · '}
                {r.label} <a href={r.href}>{r.name}</a>
              </span>
            ))}
          </dt>
          <dd className="statement-body">
            <Statement view={row} refs={row.refs} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
