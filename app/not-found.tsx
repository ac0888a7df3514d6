import type { Metadata } from 'next';
import Link from 'next/link';
import { entryHref, groupEntriesByCategory } from '@/catalog/views';

export const metadata: Metadata = {
  title: 'Not found',
  description: 'No catalog page at this address.',
};

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">No page at this address</h1>
      {/* Filled in by public/did-you-mean.js, which may run before React hydrates the page. */}
      <p id="did-you-mean" hidden className="mt-3 text-lg" suppressHydrationWarning>
        Did you mean the entry{' '}
        <a href="#main" suppressHydrationWarning>
          …
        </a>
        ? Entry addresses are in lower case.
      </p>
      <p className="mt-2 text-muted">
        There is no entry or source here. Search with the box at the top of the page (press{' '}
        <kbd className="rounded border border-rule px-1 font-mono">/</kbd>), or pick a system from the catalog:
      </p>
      <form role="search" aria-label="Search from this page" action="/search" method="get" className="mt-4 flex max-w-md gap-2">
        <label htmlFor="not-found-search" className="sr-only">
          Search the catalog
        </label>
        <input id="not-found-search" name="q" type="search" className="flex-1 rounded-md border border-rule bg-paper px-3 py-1.5" />
        <button type="submit" className="rounded-md border border-rule px-3 py-1.5 hover:bg-accent-soft">
          Search
        </button>
      </form>
      <div className="mt-8 space-y-6">
        {groupEntriesByCategory().map(({ category, entries }) => (
          <section key={category} aria-label={category}>
            <h2 className="capitalize-first text-sm font-semibold uppercase tracking-wide text-muted">{category}</h2>
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
              {entries.map((e) => (
                <li key={e.slug}>
                  <Link prefetch={false} href={entryHref(e.slug)} className="capitalize-first inline-block">{e.name}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <p className="mt-8">
        <Link prefetch={false} href="/sources">Browse the source articles</Link>
      </p>
      <script src="/did-you-mean.js" defer />
    </div>
  );
}
