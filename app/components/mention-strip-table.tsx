import type { Block } from '@/catalog/schema/derived';
import { blockShortLabel, entryHref, passageHref, plural, sourceHref, sourceShortName, sourceTitle, type MentionStrip } from '@/catalog/views';

export interface MentionStripTableProps {
  strip: MentionStrip;
}

// Widths in px of the row-label column below and from the sm breakpoint (.map-label in
// globals.css) and of one passage column (w-6), and the width of <main>'s content at each
// breakpoint (from a 320 px phone): together they tell from which width on a table fits.
const LABEL = { base: 128, sm: 208 };
const COLUMN = 24;
const CONTENT = { base: 320 - 32, sm: 640 - 48, md: 768 - 48, lg: 1024 - 48 };

/** Hides the "scroll sideways" hint from the first breakpoint at which the whole table fits. */
function scrollHintClass(columns: number): string {
  if (LABEL.base + columns * COLUMN <= CONTENT.base) return 'hidden';
  const width = LABEL.sm + columns * COLUMN;
  if (width <= CONTENT.sm) return 'sm:hidden';
  if (width <= CONTENT.md) return 'md:hidden';
  if (width <= CONTENT.lg) return 'lg:hidden';
  return '';
}

/** One article of the mention map: a sideways-scrolling table of its passages and the systems in them. */
export function MentionStripTable({ strip: { source, blocks, rows } }: MentionStripTableProps) {
  const id = source.meta.id;
  const ordinal = sourceShortName(id);
  const captionId = `map-${id}`;
  const markName = (name: string, block: Block, cited: boolean) =>
    cited ? `${name}: cited from ${ordinal}, ${block.label}, which does not name it` : `${name} in ${ordinal}, ${block.label}`;
  return (
    <figure aria-labelledby={captionId}>
      <figcaption id={captionId} className="mb-2 text-sm">
        <a href={sourceHref(id)} className="font-medium">
          {ordinal}
        </a>{' '}
        <span className="text-muted">
          {source.meta.headline.status === 'stated' && sourceTitle(source) !== ordinal ? `${sourceTitle(source)} — ` : ''}
          {plural(blocks.length, 'passage')} in reading order, left to right
        </span>
        <span className={`mt-1 block text-xs font-medium text-ink ${scrollHintClass(blocks.length)}`}>
          Scroll the map sideways to see every passage <span aria-hidden="true">→</span>
        </span>
      </figcaption>
      {/* relative: the visually hidden labels inside are positioned, and must scroll (and be
          clipped) with the table instead of widening the page. */}
      <div role="region" tabIndex={0} aria-label={`Mention map of ${ordinal}, scrolls sideways`} className="map-scroll relative overflow-x-auto pb-2">
        <table className="border-separate border-spacing-0 text-sm">
          <caption className="sr-only">
            Where each system is found in {ordinal}: a row per system, a column per passage
          </caption>
          <thead>
            <tr>
              <th scope="col" className="map-label text-left align-bottom text-xs font-normal text-muted">
                System
              </th>
              {blocks.map((b) => (
                <th key={b.id} scope="col" className={`map-column h-6 w-6 min-w-6 p-0 text-center text-[0.625rem] font-semibold tabular-nums ${b.kind === 'paragraph' ? 'text-muted' : 'text-ink'}`}>
                  <span aria-hidden="true">{blockShortLabel(b)}</span>
                  <span className="sr-only">{b.label}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ entry, marks }) => (
              <tr key={entry.slug} className="map-row">
                <th scope="row" className="map-label py-1 pr-2 text-left align-middle font-normal leading-tight">
                  <a href={entryHref(entry.slug)} className="capitalize-first inline-block">
                    {entry.name}
                  </a>
                  <span className="block text-xs text-muted">{plural(marks.size, 'passage')}</span>
                </th>
                {blocks.map((b) => {
                  const link = marks.get(b.id);
                  if (!link) return <td key={b.id} className="map-empty h-7 w-6 min-w-6 p-0" />;
                  const name = markName(entry.name, b, link === 'cited');
                  return (
                    <td key={b.id} className="h-7 w-6 min-w-6 p-0 text-center">
                      <a href={passageHref(id, b.id)} title={name} className="map-mark">
                        <span className={`map-dot ${link === 'cited' ? 'map-dot-cited' : 'map-dot-mentioned'}`} aria-hidden="true" />
                        <span className="sr-only">{name}</span>
                      </a>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
