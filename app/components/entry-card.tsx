import Link from 'next/link';
import type { CatalogEntry } from '@/catalog/schema/derived';
import { entryHref, firstStatementLine } from '@/catalog/views';

/** An entry as a card: its name, and the statement that stands for it (its first by the label-priority table). */
export function EntryCard({ entry }: { entry: CatalogEntry }) {
  const line = firstStatementLine(entry);
  return (
    <Link
      prefetch={false}
      href={entryHref(entry.slug)}
      className="block h-full rounded-md border border-rule p-4 no-underline transition-colors hover:border-accent hover:bg-accent-soft"
    >
      <span className="capitalize-first block font-serif text-lg font-semibold text-ink">{entry.name}</span>
      {entry.aliases.length > 0 && <span className="mt-0.5 block text-xs text-muted">also named {entry.aliases.join(', ')}</span>}
      {line && <span className="mt-2 block text-sm text-ink">{line}</span>}
    </Link>
  );
}
