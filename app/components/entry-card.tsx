import Link from 'next/link';
import type { CatalogEntry } from '@/catalog/schema/derived';
import { entryHref, entryStats } from '@/catalog/views';

/** An entry as a card: its name, aliases, and how many passages, sources and facts it has. */
export function EntryCard({ entry }: { entry: CatalogEntry }) {
  const { passages, sources: n } = entryStats(entry.slug);
  return (
    <Link
      prefetch={false}
      href={entryHref(entry.slug)}
      className="block h-full rounded-md border border-rule p-4 no-underline transition-colors hover:border-accent hover:bg-accent-soft"
    >
      <span className="capitalize-first block font-serif text-lg font-semibold text-ink">{entry.name}</span>
      {entry.aliases.length > 0 && <span className="mt-0.5 block text-xs text-muted">also {entry.aliases.join(', ')}</span>}
      <span className="mt-2 block text-sm text-muted">
        {passages} passage{passages === 1 ? '' : 's'} · {n} source{n === 1 ? '' : 's'} · {entry.facts.length} fact
        {entry.facts.length === 1 ? '' : 's'}
      </span>
    </Link>
  );
}
