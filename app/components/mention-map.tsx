import { mentionStrips } from '@/catalog/views';
import { MentionStripTable } from './mention-strip-table';

/**
 * The mention map, drawn at build time as one table per article: a column for each of its
 * passages in reading order, a row for each catalogued system found in it. Every mark links to
 * its passage; no script is involved, so it works the same with JavaScript off. `sourceId`
 * draws one article's table (its reader page shows it); without it, every article's.
 */
export function MentionMap({ sourceId }: { sourceId?: string }) {
  return (
    <div className="space-y-8">
      {mentionStrips(sourceId).map((strip) => (
        <MentionStripTable key={strip.source.meta.id} strip={strip} />
      ))}
      <MentionMapLegend />
    </div>
  );
}

function MentionMapLegend() {
  return (
    <div className="space-y-1 text-sm text-muted">
      <p>
        <span className="map-dot map-dot-mentioned mr-1.5 inline-block align-middle" aria-hidden="true" />
        The passage mentions the system on its row.{' '}
        <span className="map-dot map-dot-cited ml-2 mr-1.5 inline-block align-middle" aria-hidden="true" />
        The system’s entry cites the passage, which does not name it.
      </p>
      <p>
        Columns: <b className="font-semibold text-ink">H</b> the headline, numbers the paragraphs,{' '}
        <b className="font-semibold text-ink">C</b> the photo captions, <b className="font-semibold text-ink">B</b> the byline.
        Select a mark to read its passage.
      </p>
    </div>
  );
}
