/** Where a source's text comes from, as its metadata says: a translation note, and the versions of a story. */
import type { SourceRecord } from '../schema/derived';
import { listSources } from './core';

export interface SourceProvenance {
  /** The text's translation note and the block that prints it, when it has one. */
  translation?: { value: string; block?: string };
  /** The source this one is a later version of, with the words that mark the update. */
  earlier?: { source: SourceRecord; mark?: string };
  /** The sources that are later versions of this one. */
  later: SourceRecord[];
}

/** A source's translation note and versions, for its reader. */
export function sourceProvenance(source: SourceRecord): SourceProvenance {
  const { translation, laterVersionOf } = source.meta;
  const sources = listSources();
  const earlier = laterVersionOf && sources.find((s) => s.meta.id === laterVersionOf.source);
  const noteBlock = translation?.status === 'stated' ? source.blocks.find((b) => b.kind === 'note' && b.text.includes(translation.quote)) : undefined;
  return {
    ...(translation?.status === 'stated' && { translation: { value: translation.value, ...(noteBlock && { block: noteBlock.id }) } }),
    ...(earlier && { earlier: { source: earlier, ...(laterVersionOf.quote && { mark: laterVersionOf.quote }) } }),
    later: sources.filter((s) => s.meta.laterVersionOf?.source === source.meta.id),
  };
}
