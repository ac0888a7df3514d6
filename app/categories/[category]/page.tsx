import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { categoryParams, findCategory } from '@/catalog/views';
import { EntryCard } from '../../components/entry-card';

export const dynamicParams = false;

export function generateStaticParams() {
  return categoryParams();
}

export async function generateMetadata({ params }: PageProps<'/categories/[category]'>): Promise<Metadata> {
  const found = findCategory((await params).category);
  if (!found) return {};
  return {
    title: `Category: ${found.category}`,
    description: `The ${found.entries.length} catalogued systems the sources call “${found.category}”, each quoted from its sources.`,
    alternates: { canonical: `/categories/${found.slug}` },
  };
}

/** Every entry of one category, as cards. */
export default async function CategoryPage({ params }: PageProps<'/categories/[category]'>) {
  const found = findCategory((await params).category);
  if (!found) notFound();
  return (
    <div>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
        <Link prefetch={false} href="/">Catalog</Link> <span aria-hidden="true">›</span> Category
      </nav>
      <h1 className="capitalize-first font-serif text-3xl font-semibold">{found.category}</h1>
      <p className="mt-2 text-muted">
        {found.entries.length} system{found.entries.length === 1 ? '' : 's'} the sources call “{found.category}”.
      </p>
      <ul className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {found.entries.map((entry) => (
          <li key={entry.slug}>
            <EntryCard entry={entry} />
          </li>
        ))}
      </ul>
    </div>
  );
}
