import type { CitedBy, ReaderBlock } from '@/catalog/views';
import { passageCitationText } from '@/catalog/export/cite';
import { entryHref, passageHref } from '@/catalog/views';
import { SITE_URL } from '../site';
import { CopyButton } from './copy-button';
import { SpanNodes } from './span-nodes';

export interface ReaderPassageProps {
  sourceId: string;
  passage: ReaderBlock;
  names: Record<string, string>;
  citedBy: Map<string, CitedBy[]>;
  /** Ids of the repeated copies of this block, so their permalinks land here too. */
  repeatIds: string[];
}

/** Entries that cite anything in a passage, once each. */
function citingEntries(passage: ReaderBlock, citedBy: Map<string, CitedBy[]>): { slug: string; name: string }[] {
  const anchors: string[] = [];
  const walk = (nodes: ReaderBlock['nodes']) =>
    nodes.forEach((n) => {
      if (n.kind === 'quote') anchors.push(n.anchor);
      if (n.kind !== 'text') walk(n.children);
    });
  walk(passage.nodes);
  passage.alternates.forEach((a) => walk(a.nodes));
  const seen = new Map<string, string>();
  for (const a of anchors) for (const c of citedBy.get(a) ?? []) seen.set(c.slug, c.name);
  return [...seen].map(([slug, name]) => ({ slug, name }));
}

/** A passage's marked-up text, with a whole copy for each quote that crosses another. */
export function PassageBody({ passage, names, citedBy }: Pick<ReaderPassageProps, 'passage' | 'names' | 'citedBy'>) {
  return (
    <>
      <span className="passage-main">
        <SpanNodes nodes={passage.nodes} names={names} citedBy={citedBy} />
      </span>
      {passage.alternates.map((alt) => (
        <span key={alt.anchor} className="passage-alt">
          <SpanNodes nodes={alt.nodes} names={names} citedBy={citedBy} />
        </span>
      ))}
    </>
  );
}

/** One passage of the reader, with its permalink and the entries that cite it. */
export function ReaderPassage({ sourceId, passage, names, citedBy, repeatIds }: ReaderPassageProps) {
  const { block } = passage;
  const citing = citingEntries(passage, citedBy);
  const body = <PassageBody passage={passage} names={names} citedBy={citedBy} />;
  const permalink = (
    <span className="no-print ml-2 inline-flex items-baseline gap-2 align-baseline font-sans text-xs">
      <a href={`#${block.id}`} className="text-muted no-underline hover:underline" aria-label={`Link to ${block.label}`}>
        #
      </a>
      <CopyButton
        text={passageCitationText(sourceId, block.id, SITE_URL)}
        url={`${SITE_URL}${passageHref(sourceId, block.id)}`}
        label="Cite"
        detail={block.label}
      />
    </span>
  );
  const footer =
    citing.length > 0 ? (
      <p className="annotation-note mt-2 font-sans text-xs">
        <span className="font-semibold uppercase tracking-wide">In the catalog:</span> cited by{' '}
        {citing.map((c, i) => (
          <span key={c.slug}>
            {i > 0 && ', '}
            <a href={entryHref(c.slug)}>{c.name}</a>
          </span>
        ))}
      </p>
    ) : null;
  const repeats = repeatIds.map((id) => <span key={id} id={id} />);

  if (block.kind === 'caption') {
    return (
      <figure id={block.id} className="passage render-near rounded-md border border-rule px-4 py-3" aria-label={block.label}>
        {repeats}
        <figcaption className="font-sans text-sm leading-relaxed">
          <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-muted">
            {block.label}
            {repeatIds.length > 0 && ' · printed twice in the archived page, shown once'}
            {permalink}
          </span>
          {body}
        </figcaption>
        {footer}
      </figure>
    );
  }
  if (block.kind === 'note' || block.kind === 'alt-text') {
    // The article's own notes (a translator's, a wire service's) and an image's description, labelled as what they are.
    return (
      <div id={block.id} className="passage render-near border-l-2 border-rule pl-3 font-sans text-sm">
        {repeats}
        <p>
          <span className="mr-2 text-xs font-semibold uppercase tracking-wide text-muted">{block.label}</span>
          {block.kind === 'alt-text' ? <span className="italic">{body}</span> : body}
          {permalink}
        </p>
        {footer}
      </div>
    );
  }
  if (block.kind === 'byline') {
    return (
      <div id={block.id} className="passage render-near border-t border-rule pt-4 font-sans text-sm text-muted">
        {body}
        {permalink}
      </div>
    );
  }
  return (
    <div id={block.id} className="passage render-near">
      {repeats}
      <p>
        <span className="sr-only">{block.label}: </span>
        {body}
        {permalink}
      </p>
      {footer}
    </div>
  );
}
