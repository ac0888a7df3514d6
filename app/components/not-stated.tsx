import type { CatalogEntry } from '@/catalog/schema/derived';
import { SPEC_LABELS } from '@/catalog/schema/entry';

/** The specifications readers often look for that neither source states. */
export function NotStated({ entry }: { entry: CatalogEntry }) {
  if (entry.notStated.length === 0) return null;
  return (
    <>
      <p className="mb-2 text-sm text-muted">
        These are left blank on purpose: the catalog records only what its two articles say.
      </p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {entry.notStated.map((spec) => (
          <div key={spec} className="contents">
            <dt className="font-medium">{SPEC_LABELS[spec]}</dt>
            <dd className="italic text-muted">not stated in these sources</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
