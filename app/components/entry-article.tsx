import Link from 'next/link';
import type { CatalogEntry } from '@/catalog/schema/derived';
import { categoryHref, entryJsonLd, entryStats, plural } from '@/catalog/views';
import { SITE_NAME, SITE_URL } from '../site';
import { JsonLd } from './json-ld';
import { FactsTable } from './facts-table';
import { CitationList } from './citation-list';
import { DifferencesSection } from './differences-section';
import { EntryPassages } from './entry-passages';
import { RelatedEntries } from './related-entries';
import { NotStated } from './not-stated';
import { Section } from './section';

export interface EntryArticleProps {
  entry: CatalogEntry;
}

/** A catalog entry: what the sources say, where they differ, and every passage behind it. */
export function EntryArticle({ entry }: EntryArticleProps) {
  const { passages, sources } = entryStats(entry.slug);
  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={entryJsonLd(entry, SITE_URL, SITE_NAME)} />
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
        <Link prefetch={false} href="/">Catalog</Link> <span aria-hidden="true">›</span>{' '}
        <Link prefetch={false} href={categoryHref(entry.category)} className="capitalize-first inline-block">
          {entry.category}
        </Link>
      </nav>
      <header className="mb-8">
        <h1 className="capitalize-first font-serif text-3xl font-semibold leading-tight sm:text-4xl">{entry.name}</h1>
        <p className="mt-2 text-muted">
          Category: <span className="font-medium text-ink">{entry.category}</span> · {plural(passages, 'passage')} in{' '}
          {plural(sources, 'source')}
        </p>
        {entry.aliases.length > 0 && (
          <p className="mt-1 text-sm text-muted">
            Also written:{' '}
            {entry.aliases.map((a, i) => (
              <span key={a}>
                {i > 0 && ', '}
                <span className="font-medium text-ink">{a}</span>
              </span>
            ))}
          </p>
        )}
      </header>

      <Section id="facts" title="What the sources say">
        <FactsTable entry={entry} />
      </Section>
      {entry.differences.length > 0 && (
        <Section id="differences" title="Where the sources differ">
          <DifferencesSection entry={entry} />
        </Section>
      )}
      <Section id="citations" title="Citations">
        <CitationList entry={entry} />
      </Section>
      <Section id="passages" title="Every passage it appears in">
        <EntryPassages slug={entry.slug} />
      </Section>
      <Section id="related" title="Related entries">
        <RelatedEntries slug={entry.slug} />
      </Section>
      <Section id="not-stated" title="Not stated in these sources">
        <NotStated entry={entry} />
      </Section>
      {entry.notes.length > 0 && (
        <Section id="notes" title="Curator’s notes">
          <ul className="list-disc space-y-1 pl-5 text-sm text-muted">
            {entry.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Section>
      )}
    </article>
  );
}
