import type { Block } from '../schema/derived';
import { HEADLINE_SLUG_CUE, NOTE_CUES } from '../text/layout-cues';
import { withoutStamp } from '../text/stated-metadata';

const EDITING_NOTE = NOTE_CUES[0]!.pattern;

/**
 * The words of a text that mark it as a later version of a story: a wire service's editing note
 * ("(ATTN: ADDS …; RECASTS headline)", "(Adds analyst comment …)") or its mark before the
 * headline ("(LEAD)", "UPDATE 1-"), as written; undefined when the text has neither.
 */
export function findVersionMark(blocks: readonly Block[]): string | undefined {
  for (const b of blocks) {
    if (b.kind === 'note') {
      const { rest } = withoutStamp(b.text);
      if (EDITING_NOTE.test(rest)) return rest;
    }
    if (b.kind === 'headline') {
      const slug = HEADLINE_SLUG_CUE.pattern.exec(withoutStamp(b.text).rest)?.[0].trim();
      if (slug) return slug;
    }
  }
  return undefined;
}
