import type { SourceMeta } from '@/catalog/schema/source';
import { METADATA_FIELDS } from '@/catalog/schema/source';

const FIELD_LABELS: Record<(typeof METADATA_FIELDS)[number], string> = {
  headline: 'Headline',
  section: 'Section',
  byline: 'Byline',
  publisher: 'Publisher',
  date: 'Date',
};

/** A source's metadata as its text states it; fields it does not state say so. */
export function SourceMetaList({ meta }: { meta: SourceMeta }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {METADATA_FIELDS.map((field) => {
        const value = meta[field];
        return (
          <div key={field} className="contents">
            <dt className="text-muted">{FIELD_LABELS[field]}</dt>
            <dd>{value.status === 'stated' ? value.value : <span className="italic text-muted">not stated in this source</span>}</dd>
          </div>
        );
      })}
      {meta.translation?.status === 'stated' && (
        <div className="contents">
          <dt className="text-muted">Translation</dt>
          <dd>{meta.translation.value}</dd>
        </div>
      )}
    </dl>
  );
}
