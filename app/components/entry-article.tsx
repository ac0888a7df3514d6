import type { CatalogEntry } from '@/catalog/schema/derived';
import { categoryHref, differenceViews, entryJsonLd, entryNames, entryReferences, glanceRows, relatedRows, specViews } from '@/catalog/views';
import { SITE_NAME, SITE_URL } from '../site';
import { JsonLd } from './json-ld';
import { DifferencesSection } from './differences-section';
import { ReferenceList } from './reference-list';
import { RelatedEntries } from './related-entries';
import { Section } from './section';
import { SpecsNotStated } from './specs-not-stated';
import { StatementList } from './statement-list';
import { HOW_TO_READ_HREF } from '@/catalog/labels';

export interface EntryArticleProps {
  entry: CatalogEntry;
}

/**
 * A catalog entry. Its first screen answers what it is and what is said, by whom: the name,
 * what the sources call it, and an infobox of its most telling statements; then the rest of
 * them, where the sources differ, related entries, what they do not state, and one list of
 * references that holds each quote once.
 */
export function EntryArticle({ entry }: EntryArticleProps) {
  const { glance, more } = glanceRows(entry);
  const differences = differenceViews(entry);
  const related = relatedRows(entry);
  const specs = specViews(entry);
  const passageOnly = specs.filter((s) => s.status === 'passage-only');
  const notStated = specs.filter((s) => s.status === 'not-stated');
  const { spelled, plurals } = entryNames(entry);
  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={entryJsonLd(entry, SITE_URL, SITE_NAME)} />
      <header className="mb-4">
        <h1 className="capitalize-first font-serif text-3xl font-semibold leading-tight sm:text-4xl">{entry.name}</h1>
        <p className="mt-1 text-sm text-muted">
          What the sources call it:{' '}
          <a href={categoryHref(entry.category)} className="font-medium">
            {entry.category}
          </a>
          {spelled.length > 0 && (
            <>
              {' '}
              · Also written: <span className="text-ink">{spelled.join(', ')}</span>
            </>
          )}
          {plurals.length > 0 && (
            <>
              {' '}
              · Plural: <span className="text-ink">{plurals.join(', ')}</span>
            </>
          )}
        </p>
      </header>

      <section aria-labelledby="statements-title" className="statements mb-8">
        <div className="glance">
          <div className="glance-title">
            <h2 id="statements-title">What the sources say</h2>
            <a href={HOW_TO_READ_HREF}>How to read an entry</a>
          </div>
          {glance.length > 0 ? (
            <StatementList rows={glance} />
          ) : (
            <p className="text-sm text-muted">No statement about it has been recorded yet; the passages that mention it are listed under References.</p>
          )}
          {differences.length > 0 && (
            <p className="glance-pointer">
              Where the sources differ:{' '}
              {differences.map((d, i) => (
                <span key={d.id}>
                  {i > 0 && '; '}
                  <a href={`#${d.id}`}>{d.label}</a>
                </span>
              ))}
            </p>
          )}
        </div>
        {more.length > 0 && (
          <div className="glance-more">
            <StatementList rows={more} />
          </div>
        )}
      </section>
      {entry.notes.length > 0 && (
        <Section id="notes" title="Curator’s notes">
          <ul className="list-disc space-y-1 pl-5 text-sm text-muted">
            {entry.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Section>
      )}
      {differences.length > 0 && (
        <Section id="differences" title="Where the sources differ">
          <DifferencesSection differences={differences} />
        </Section>
      )}
      {related.length > 0 && (
        <Section id="related" title="Related entries">
          <RelatedEntries rows={related} />
        </Section>
      )}
      {passageOnly.length + notStated.length > 0 && (
        <Section id="not-stated" title="Not stated in these sources">
          <SpecsNotStated passageOnly={passageOnly} notStated={notStated} />
        </Section>
      )}
      <Section id="references" title="References">
        <ReferenceList references={entryReferences(entry).list} />
      </Section>
    </article>
  );
}
