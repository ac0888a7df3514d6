import { hashBytes } from '../../../catalog/verify/verify-sources';
import { factSchema, type Entry, type FactLabel } from '../../../catalog/schema/entry';
import { holdsWord, LABEL_WORDS } from '../../../catalog/text/label-words';
import type { CatalogFiles } from '../../../catalog/verify/verify';
import type { CorpusCase, CorpusStatement } from '../../corpus/corpus-types';

/** Whether the entry schema asks each statement for its subject words. */
const TAKES_SUBJECT = 'subject' in factSchema.shape;

export const slugOf = (system: string) => system.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
export const corpusEntryFile = (c: CorpusCase) => `catalog/entries/${slugOf(c.system)}.json`;

/** A label whose words the value holds (the corpus judges cues and speakers, not labels); else "capability". */
function labelFor(c: CorpusCase, value: string): FactLabel {
  if (c.kind === 'caption') return 'photo';
  const fits = (Object.keys(LABEL_WORDS) as FactLabel[]).find((l) => !LABEL_WORDS[l].any && !LABEL_WORDS[l].nounPhrase && holdsWord(value, LABEL_WORDS[l].words));
  return fits ?? 'capability';
}

/** The entry a curator would write for a corpus case's statement: one fact citing the whole passage. */
export function corpusEntry(c: CorpusCase, statement: CorpusStatement): Entry {
  const fact = {
    label: labelFor(c, statement.value),
    value: statement.value,
    ...(TAKES_SUBJECT && { subject: statement.subject, ...(statement.refersTo !== undefined && { refersTo: statement.refersTo }) }),
    certainty: statement.certainty,
    polarity: statement.polarity,
    cues: statement.cues,
    speaker: statement.speaker,
    citations: [{ source: 'corpus-passage', quote: c.text }],
  };
  return { slug: slugOf(c.system), name: c.system, aliases: [], category: c.system, facts: [fact] } as unknown as Entry;
}

/** A catalog of one source holding the passage (as a block of the case's kind) and one entry. */
export function tinyCatalog(c: CorpusCase, entry: Entry): CatalogFiles {
  const text = `${c.text}\n`;
  const bytes = new TextEncoder().encode(text);
  const notStated = { status: 'not-stated' };
  const meta = {
    id: 'corpus-passage',
    archivedAs: `${c.id}.txt`,
    sha256: hashBytes(bytes),
    headline: notStated,
    section: notStated,
    byline: notStated,
    publisher: notStated,
    date: notStated,
    blockRules: [{ match: '\\S', kind: c.kind, reason: 'the corpus case says what kind of block its passage is' }],
  };
  return {
    sources: [
      {
        id: 'corpus-passage',
        metaFile: 'catalog/sources/corpus-passage.json',
        metaContent: JSON.stringify(meta),
        textFile: 'catalog/sources/corpus-passage.txt',
        textBytes: bytes,
      },
    ],
    entries: [{ file: corpusEntryFile(c), content: JSON.stringify(entry, null, 2) }],
  };
}
