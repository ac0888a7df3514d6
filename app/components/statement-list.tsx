import type { RowRelation, StatementRow } from '@/catalog/views';
import { Statement } from './statement-words';

export interface StatementListProps {
  rows: StatementRow[];
}

/** A row's relations grouped by label: "Compared with" the Global Hawk, the MQ 9 Reaper. */
function byLabel(relations: RowRelation[]): [string, RowRelation[]][] {
  const groups = new Map<string, RowRelation[]>();
  for (const r of relations) groups.set(r.label, [...(groups.get(r.label) ?? []), r]);
  return [...groups];
}

/** Statements as label and words, a row each: the infobox and the rows under it. */
export function StatementList({ rows }: StatementListProps) {
  return (
    <dl className="statement-list">
      {rows.map((row) => (
        <div key={row.id} id={row.id} className="statement-row">
          <dt className="statement-label">
            {row.shownLabels.join(' · ')}
            {byLabel(row.relations).map(([label, targets], i) => (
              <span key={label}>
                {(i > 0 || row.shownLabels.length > 0) && ' · '}
                {label}{' '}
                {targets.map((r, j) => (
                  <span key={r.href}>
                    {j > 0 && ', '}
                    <a href={r.href}>{r.name}</a>
                  </span>
                ))}
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
