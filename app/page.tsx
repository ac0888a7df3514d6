import type { Metadata } from 'next';
import Link from 'next/link';
import { entryHref, entryStats, groupEntriesByCategory, listSources } from '@/catalog/views';
import { MentionMap } from './components/mention-map';
import { Section } from './components/section';
import { SITE_NAME, SITE_TAGLINE, SITE_URL } from './site';
import { JsonLd } from './components/json-ld';

export const metadata: Metadata = {
  title: { absolute: `${SITE_NAME}: weapon systems named in two news articles, every line cited` },
  description: SITE_TAGLINE,
  alternates: { canonical: '/' },
};

export default function HomePage() {
  const groups = groupEntriesByCategory();
  const sources = listSources();
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
          The weapon systems named in two news articles
        </h1>
        <p className="mt-3 text-lg text-muted">
          Look up a missile, drone or munition and follow every statement back to the exact words of the{' '}
          <Link prefetch={false} href="/sources">{sources.length} source articles</Link>. Where the articles say nothing, the catalog says so;
          where they differ, it shows both.
        </p>
        <p className="mt-3 hidden text-sm text-muted sm:block">
          Press <kbd className="rounded border border-rule px-1 font-mono">/</kbd> to search names, facts and passages.
        </p>
      </header>

      <Section id="catalog" title="The catalog">
        <div className="space-y-8">
          {groups.map(({ category, entries }) => (
            <section key={category} id={`category-${category.toLowerCase()}`} aria-labelledby={`category-${category.toLowerCase()}-title`}>
              <h3 id={`category-${category.toLowerCase()}-title`} className="capitalize-first mb-3 text-sm font-semibold uppercase tracking-wide text-muted">
                {category}
              </h3>
              <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                {entries.map((entry) => {
                  const { passages, sources: n } = entryStats(entry.slug);
                  return (
                    <li key={entry.slug}>
                      <Link
                        prefetch={false}
                        href={entryHref(entry.slug)}
                        className="block h-full rounded-md border border-rule p-4 no-underline transition-colors hover:border-accent hover:bg-accent-soft"
                      >
                        <span className="capitalize-first block font-serif text-lg font-semibold text-ink">{entry.name}</span>
                        {entry.aliases.length > 0 && (
                          <span className="mt-0.5 block text-xs text-muted">also {entry.aliases.join(', ')}</span>
                        )}
                        <span className="mt-2 block text-sm text-muted">
                          {passages} passage{passages === 1 ? '' : 's'} · {n} source{n === 1 ? '' : 's'} · {entry.facts.length} fact
                          {entry.facts.length === 1 ? '' : 's'}
                        </span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      </Section>

      <Section id="mention-map" title="Where each system is mentioned">
        <MentionMap />
      </Section>
    </>
  );
}
