import type { Metadata } from 'next';
import Link from 'next/link';
import { AzNav } from './components/az-nav';
import { CategoryList } from './components/category-list';
import { BrowseSection } from './components/section';

export const metadata: Metadata = {
  title: 'Not found',
  description: 'No catalog page at this address.',
};

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">No page at this address</h1>
      {/* Filled in by the site script (app/_client/did-you-mean.ts) when the address is an entry's in other letter case. */}
      <p id="did-you-mean" hidden className="mt-3 text-lg">
        Did you mean the entry <a href="#main">…</a>? Entry addresses are in lower case.
      </p>
      <p className="mt-2 text-muted">
        There is no entry or source here. Search with the box at the top of the page (press{' '}
        <kbd className="rounded border border-rule px-1 font-mono">/</kbd>), or browse the catalog by category or A–Z:
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
      <BrowseSection id="not-found-categories" title="Every category" className="mt-8">
        <CategoryList />
      </BrowseSection>
      <BrowseSection id="not-found-az" title="Every system and alias, A–Z" className="mt-6">
        <AzNav />
      </BrowseSection>
      <p className="mt-8">
        <Link prefetch={false} href="/sources">Browse the source articles</Link>
      </p>
    </div>
  );
}
