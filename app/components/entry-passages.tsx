import { entryPassageExcerpts, passageHref, sourceOrdinal } from '@/catalog/views';

/** Every passage of every source the entry is found in, with its mentions highlighted. */
export function EntryPassages({ slug }: { slug: string }) {
  const excerpts = entryPassageExcerpts(slug);
  return (
    <ul className="space-y-3">
      {excerpts.map(({ source, block, link, parts }) => (
        <li key={`${source}-${block.id}`} className="rounded-md border border-rule p-3">
          <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">
            <a href={passageHref(source, block.id)}>
              {sourceOrdinal(source)}, {block.label}
            </a>
          </p>
          {link === 'cited' && <p className="mb-1 text-xs text-muted">Cited by this entry; the passage does not name it.</p>}
          <p className="font-serif leading-relaxed">
            {parts.map((p, i) =>
              p.hit ? (
                <mark key={i} className="excerpt-hit font-semibold">
                  {p.text}
                </mark>
              ) : (
                <span key={i}>{p.text}</span>
              ),
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
