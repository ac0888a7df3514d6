import { entryHref, mentionStrips, passageHref, sourceHref, sourceOrdinal, sourceTitle } from '@/catalog/views';

const LABEL_WIDTH = 220;
const CELL = 16;
const GAP = 3;
const ROW = 22;

/**
 * The mention map, drawn at build time: each article as a strip of its blocks in reading order,
 * with one row per catalogued system marking the blocks that mention it. Every mark links to
 * its passage; the strip's cells are colored by kind (headline, paragraph, photo caption, byline).
 * `sourceId` draws one article's strip (its reader page shows it); without it, every article's.
 */
export function MentionMap({ sourceId }: { sourceId?: string }) {
  return (
    <div className="space-y-8">
      {mentionStrips(sourceId).map(({ source, blocks, rows }) => {
        const width = LABEL_WIDTH + blocks.length * (CELL + GAP);
        const height = ROW * (rows.length + 1) + 8;
        const x = (i: number) => LABEL_WIDTH + i * (CELL + GAP);
        const id = source.meta.id;
        return (
          <figure key={id}>
            <figcaption className="mb-2 text-sm">
              <a href={sourceHref(id)} className="font-medium">
                {sourceOrdinal(id)}
              </a>{' '}
              <span className="text-muted">{sourceTitle(source)} — {blocks.length} passages, left to right</span>
            </figcaption>
            <div className="overflow-x-auto">
              <svg
                role="group"
                aria-label={`Mentions in ${sourceOrdinal(id)}, passage by passage`}
                viewBox={`0 0 ${width} ${height}`}
                width={width}
                height={height}
                className="max-w-none font-sans text-[11px]"
              >
                <text x={0} y={14} className="fill-muted">
                  Passages
                </text>
                {blocks.map((b, i) => (
                  <a key={b.id} href={passageHref(id, b.id)} aria-label={`${b.label}`}>
                    <title>{b.label}</title>
                    <rect
                      x={x(i)}
                      y={3}
                      width={CELL}
                      height={14}
                      rx={2}
                      className={b.kind === 'caption' ? 'fill-rule stroke-muted' : b.kind === 'paragraph' ? 'fill-rule' : 'fill-muted'}
                      strokeDasharray={b.kind === 'caption' ? '2 2' : undefined}
                    />
                  </a>
                ))}
                {rows.map(({ entry, blockIds }, r) => {
                  const y = ROW * (r + 1) + 4;
                  return (
                    <g key={entry.slug}>
                      <a href={entryHref(entry.slug)}>
                        <text x={0} y={y + 11} className="fill-accent">
                          {entry.name.length > 34 ? `${entry.name.slice(0, 33)}…` : entry.name}
                        </text>
                      </a>
                      {blocks.map((b, i) =>
                        blockIds.has(b.id) ? (
                          <a key={b.id} href={passageHref(id, b.id)} aria-label={`${entry.name} in ${b.label}`}>
                            <title>{`${entry.name} — ${b.label}`}</title>
                            <rect x={x(i)} y={y} width={CELL} height={14} rx={7} className="fill-mark-strong" />
                          </a>
                        ) : null,
                      )}
                    </g>
                  );
                })}
              </svg>
            </div>
          </figure>
        );
      })}
      <p className="text-xs text-muted">
        Grey cells are the article’s passages (dashed: photo captions). Each amber mark is a passage that mentions the system
        on its row; select it to read the passage.
      </p>
    </div>
  );
}
