import type { ReactNode } from 'react';
import type { SpanNode } from '@/catalog/text/nest-spans';
import { entryHref, type CitedBy } from '@/catalog/views';

export interface SpanNodesProps {
  nodes: SpanNode[];
  /** Entry names by slug, for mention links. */
  names: Record<string, string>;
  /** Who cites each quote anchor; when given, quotes become targetable marks with links back. */
  citedBy?: Map<string, CitedBy[]>;
}

function Backrefs({ list }: { list: CitedBy[] }) {
  return (
    <span className="backrefs text-xs font-sans not-italic">
      {' '}
      <span className="rounded bg-accent-soft px-1.5 py-0.5">
        Cited by{' '}
        {list.map((c, i) => (
          <span key={`${c.slug}-${c.n}`}>
            {i > 0 && ', '}
            <a href={`${entryHref(c.slug)}#cite-${c.n}`}>
              {c.name} [{c.n}]
            </a>
          </span>
        ))}
      </span>
    </span>
  );
}

/** Renders a block's text with cited quotes marked and catalogued systems linked to their entries. */
export function SpanNodes({ nodes, names, citedBy }: SpanNodesProps): ReactNode {
  return nodes.map((node, i) => {
    if (node.kind === 'text') return node.text;
    const inner = <SpanNodes nodes={node.children} names={names} citedBy={citedBy} />;
    if (node.kind === 'mention') {
      const [first, ...rest] = node.entries;
      return (
        <span key={i}>
          <a href={entryHref(first!)} className="mention" title={`Catalog entry: ${names[first!]}`}>
            {inner}
          </a>
          {/* Further systems the same words refer to: their names are drawn by CSS, so they never
              enter the quoted text when it is copied or searched; assistive technology reads
              each as a separate link. */}
          {rest.map((slug) => (
            <a key={slug} href={entryHref(slug)} className="mention-also" data-label={names[slug]} aria-label={`Also: ${names[slug]}`} />
          ))}
        </span>
      );
    }
    const list = citedBy?.get(node.anchor);
    if (!list) return <span key={i}>{inner}</span>;
    return (
      <span key={i}>
        <mark id={node.anchor} className="quote-mark">
          {inner}
        </mark>
        <Backrefs list={list} />
      </span>
    );
  });
}
