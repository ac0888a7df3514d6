import type { Metadata } from 'next';
import Link from 'next/link';
import { categoryHref, listCategories, sourcesInWords } from '@/catalog/views';
import { AzNav } from './components/az-nav';
import { CategoryList } from './components/category-list';
import { EntryCard } from './components/entry-card';
import { Section } from './components/section';
import { SITE_NAME, SITE_URL, siteTagline } from './site';
import { JsonLd } from './components/json-ld';

export function generateMetadata(): Metadata {
  return {
    title: { absolute: `${SITE_NAME}: weapon systems named in ${sourcesInWords()}, every line cited` },
    description: siteTagline(),
    alternates: { canonical: '/' },
  };
}

/** The home page shows this many categories as cards (the largest first), and this many cards in each. */
const HOME_CATEGORIES = 4;
const CARDS_PER_CATEGORY = 6;

export default function HomePage() {
  const categories = listCategories();
  return (
    <>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: SITE_NAME,
          url: `${SITE_URL}/`,
          potentialAction: {
            '@type': 'SearchAction',
            target: `${SITE_URL}/search?q={search_term_string}`,
            'query-input': 'required name=search_term_string',
          },
        }}
      />
      <header className="mb-10 max-w-3xl">
        <h1 className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">
          The weapon systems named in {sourcesInWords()}
        </h1>
        <p className="mt-3 text-lg text-muted">
          Look up a missile, drone or munition and follow every statement back to the exact words of the{' '}
          <Link prefetch={false} href="/sources">{sourcesInWords()}</Link>. Where the articles say nothing, the catalog says so;
          where they differ, it shows both.
        </p>
        <p className="mt-3 hidden text-sm text-muted sm:block">
          Press <kbd className="rounded border border-rule px-1 font-mono">/</kbd> to search names, facts and passages.
        </p>
      </header>

      <Section id="catalog" title="The catalog">
        <div className="space-y-8">
          {categories.slice(0, HOME_CATEGORIES).map(({ category, slug, entries }) => (
            <section key={slug} id={`category-${slug}`} aria-labelledby={`category-${slug}-title`} className="render-near">
              <h3 id={`category-${slug}-title`} className="capitalize-first mb-3 text-sm font-semibold uppercase tracking-wide text-muted">
                {category}
              </h3>
              <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                {entries.slice(0, CARDS_PER_CATEGORY).map((entry) => (
                  <li key={entry.slug}>
                    <EntryCard entry={entry} />
                  </li>
                ))}
              </ul>
              {entries.length > CARDS_PER_CATEGORY && (
                <p className="mt-3 text-sm">
                  <Link prefetch={false} href={categoryHref(category)}>
                    All {entries.length} in “{category}”
                  </Link>
                </p>
              )}
            </section>
          ))}
        </div>
      </Section>

      <Section id="browse" title="Browse">
        <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">Every category</h3>
        <CategoryList />
        <h3 className="mb-2 mt-6 text-sm font-semibold uppercase tracking-wide text-muted">Every system and alias, A–Z</h3>
        <AzNav />
        <p className="mt-6 text-sm text-muted">
          Each article’s page shows its mention map: which systems every passage names. Start from{' '}
          <Link prefetch={false} href="/sources">the {sourcesInWords()}</Link>.
        </p>
      </Section>
    </>
  );
}
