/** schema.org structured data, holding only what the sources state. */
import type { CatalogEntry, SourceRecord } from '../schema/derived';
import type { SourceMeta } from '../schema/source';
import { entryHref, findSource, sourceHref } from './core';
import { entryPassages } from './passages';

/** schema.org data for a source: only the fields its text states. */
export function sourceJsonLd(source: SourceRecord, baseUrl: string): Record<string, unknown> {
  const { meta } = source;
  const stated = (f: SourceMeta['headline']) => (f.status === 'stated' ? f.value : undefined);
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    url: `${baseUrl}${sourceHref(meta.id)}`,
    headline: stated(meta.headline),
    articleSection: stated(meta.section),
    author: stated(meta.byline) ? { '@type': 'Person', name: stated(meta.byline) } : undefined,
    publisher: stated(meta.publisher) ? { '@type': 'Organization', name: stated(meta.publisher) } : undefined,
  };
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
}

/** schema.org data for an entry: a term of the catalog, its spellings, and the articles about it. */
export function entryJsonLd(entry: CatalogEntry, baseUrl: string, siteName: string): Record<string, unknown> {
  const sources = [...new Set(entryPassages(entry.slug).map((p) => p.source))].map((id) => findSource(id)!);
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    name: entry.name,
    ...(entry.aliases.length > 0 ? { alternateName: entry.aliases } : {}),
    url: `${baseUrl}${entryHref(entry.slug)}`,
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: siteName, url: `${baseUrl}/` },
    subjectOf: sources.map((s) => {
      const article = sourceJsonLd(s, baseUrl);
      delete article['@context'];
      return article;
    }),
  };
}
