import type { CatalogEntry } from '@/catalog/schema/derived';
import { SPEC_LABELS } from '@/catalog/schema/entry';
import { citationHref } from '@/catalog/labels';

/**
 * The specifications readers often look for, as the sources leave them: spoken to by a passage
 * that no fact reads (the sentence word for word), or not stated at all. Both are derived from
 * the passages, never written by hand.
 */
export function NotStated({ entry }: { entry: CatalogEntry }) {
  const open = entry.specs.filter((s) => s.status !== 'stated');
  if (open.length === 0) return null;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {open.map((spec) => (
        <div key={spec.label} className="contents">
          <dt className="font-medium">{SPEC_LABELS[spec.label]}</dt>
          {spec.status === 'passage-only' ? (
            <dd>
              <span className="italic text-muted">not stated as such.</span> The passages say:{' '}
              {spec.passages.map((p) => (
                <span key={`${p.source}-${p.start}`}>
                  <q>{p.sentence}</q>
                  {p.citation ? (
                    <a className="ml-1 text-xs" href={`#cite-${p.citation}`}>
                      [{p.citation}]
                    </a>
                  ) : null}{' '}
                </span>
              ))}
            </dd>
          ) : (
            <dd className="italic text-muted">not stated in these sources</dd>
          )}
        </div>
      ))}
    </dl>
  );
}
