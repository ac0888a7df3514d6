import { entryHref, passageHref, passagesWithMentions, type MentionStrip } from '@/catalog/views';

/**
 * The passages of an article that mention a catalogued system, each with the systems in it:
 * what a phone shows before the map, whose columns are mostly passages that mention nothing.
 */
export function PassageMentionList({ strip }: { strip: MentionStrip }) {
  const id = strip.source.meta.id;
  const passages = passagesWithMentions(strip);
  return (
    <section aria-labelledby={`mentions-${id}`} className="sm:hidden">
      <h3 id={`mentions-${id}`} className="mb-2 text-sm font-semibold">
        Passages that mention a catalogued system
      </h3>
      <ul className="space-y-1.5 text-sm">
        {passages.map(({ block, entries }) => (
          <li key={block.id}>
            <a href={passageHref(id, block.id)} className="font-medium">
              {block.label}
            </a>
            :{' '}
            {entries.map(({ entry, link }, i) => (
              <span key={entry.slug}>
                {i > 0 && ', '}
                <a href={entryHref(entry.slug)} className="capitalize-first inline-block">
                  {entry.name}
                </a>
                {link === 'cited' && <span className="text-muted"> (cited; the passage does not name it)</span>}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
