import { entryPassageExcerpts, passageHref, sourceOrdinal } from '@/catalog/views';

/** Every passage of every source that mentions the entry, with the mention highlighted. */
export function EntryPassages({ slug }: { slug: string }) {
  const excerpts = entryPassageExcerpts(slug);
  return (
    <ul className="space-y-3">
      {excerpts.map(({ source, block, parts }) => (
        <li key={`${source}-${block.id}`} className="rounded-md border border-rule p-3">
          <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">
            <a href={passageHref(source, block.id)}>
              {sourceOrdinal(source)}, {block.label}
            </a>
          </p>
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
