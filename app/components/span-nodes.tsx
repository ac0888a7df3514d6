import type { ReactNode } from 'react';
import type { SpanNode } from '@/catalog/text/nest-spans';
import { entryHref, type CitedBy } from '@/catalog/views';
import { CatalogAnnotation, type AnnotationLink } from './catalog-annotation';

export interface SpanNodesProps {
  nodes: SpanNode[];
  /** Entry names by slug, for mention links. */
  names: Record<string, string>;
  /** Who cites each quote anchor; when given, quotes become targetable marks with links back. */
  citedBy?: Map<string, CitedBy[]>;
}

/** Renders a block's text with cited quotes marked and catalogued systems linked to their entries. */
export function SpanNodes({ nodes, names, citedBy }: SpanNodesProps): ReactNode {
  return nodes.map((node, i) => {
    if (node.kind === 'text') return node.text;
    const inner = <SpanNodes nodes={node.children} names={names} citedBy={citedBy} />;
    if (node.kind === 'mention') {
      if (node.entries.length === 1) {
        const [slug] = node.entries as [string];
        return (
          <a key={i} href={entryHref(slug)} className="mention" title={`Catalog entry: ${names[slug]}`}>
            {inner}
          </a>
        );
      }
      // Words that refer to several systems ("Such munitions") link to none of them; the
      // catalog's reading of them follows as an annotation.
      const links: AnnotationLink[] = node.entries.map((slug) => ({ key: slug, href: entryHref(slug), label: names[slug]! }));
      return (
        <span key={i}>
          <span className="mention-shared">{inner}</span>
          <CatalogAnnotation kind="refers-to" links={links} />
        </span>
      );
    }
    const list = citedBy?.get(node.anchor);
    if (!list) return <span key={i}>{inner}</span>;
    const links: AnnotationLink[] = list.map((c) => ({ key: `${c.slug}-${c.n}`, href: `${entryHref(c.slug)}#${c.ref}`, label: `${c.name} [${c.n}]` }));
    return (
      <span key={i}>
        <mark id={node.anchor} className="quote-mark">
          {inner}
        </mark>
        <CatalogAnnotation kind="cited-by" links={links} className="backrefs" />
      </span>
    );
  });
}
