import type { RelatedRow } from '@/catalog/views';
import { Statement } from './statement-words';

/** Relations as statements: "Compared with MQ 9 Reaper", or another entry's "new unmanned aerial vehicle — compared with this system". */
export function RelatedEntries({ rows }: { rows: RelatedRow[] }) {
  return (
    <dl className="statement-list">
      {rows.map((row) => (
        <div key={row.id} id={row.id} className="statement-row">
          <dt className="statement-label">
            {row.inverse ? (
              <>
                <a href={row.other.href}>{row.other.name}</a> — {row.label}
              </>
            ) : (
              <>
                {row.label} <a href={row.other.href}>{row.other.name}</a>
              </>
            )}
          </dt>
          <dd className="statement-body">
            <Statement view={row} refs={row.refs} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
