import { mentionStrips, type MentionStrip } from '@/catalog/views';
import { MentionStripTable } from './mention-strip-table';
import { PassageMentionList } from './passage-mention-list';

/**
 * The mention map, drawn at build time as one table per article: a column for each of its
 * passages in reading order, a row for each catalogued system found in it. Every mark links to
 * its passage; no script is involved, so it works the same with JavaScript off. On a phone, a
 * list of the passages that mention something comes first. `sourceId` draws one article's map
 * (its reader page shows it); without it, every article's.
 */
export function MentionMap({ sourceId }: { sourceId?: string }) {
  const strips = mentionStrips(sourceId);
  return (
    <div className="space-y-8">
      {strips.map((strip) => (
        <div key={strip.source.meta.id} className="space-y-6">
          <PassageMentionList strip={strip} />
          <MentionStripTable strip={strip} />
        </div>
      ))}
      <MentionMapLegend strips={strips} />
    </div>
  );
}

/** What the marks and column headings mean, for the kinds of passage the maps have. */
function MentionMapLegend({ strips }: { strips: MentionStrip[] }) {
  const kinds = new Set(strips.flatMap((s) => s.blocks.map((b) => b.kind)));
  const cited = strips.some((s) => s.rows.some((r) => [...r.marks.values()].includes('cited')));
  const columns = [
    kinds.has('headline') && (
      <span key="h">
        <b className="font-semibold text-ink">H</b> the headline
      </span>
    ),
    kinds.has('paragraph') && <span key="p">numbers the paragraphs</span>,
    kinds.has('caption') && (
      <span key="c">
        <b className="font-semibold text-ink">C</b> the photo captions
      </span>
    ),
    kinds.has('byline') && (
      <span key="b">
        <b className="font-semibold text-ink">B</b> the byline
      </span>
    ),
  ].filter(Boolean);
  return (
    <div className="space-y-1 text-sm text-muted">
      <p>
        <span className="map-dot map-dot-mentioned mr-1.5 inline-block align-middle" aria-hidden="true" />
        The passage mentions the system on its row.
        {cited && (
          <>
            {' '}
            <span className="map-dot map-dot-cited ml-2 mr-1.5 inline-block align-middle" aria-hidden="true" />
            The system’s entry cites the passage, which does not name it.
          </>
        )}
      </p>
      <p>
        Columns:{' '}
        {columns.map((c, i) => (
          <span key={i}>
            {i > 0 && ', '}
            {c}
          </span>
        ))}
        . Select a mark to read its passage.
      </p>
    </div>
  );
}
