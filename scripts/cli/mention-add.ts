/**
 * `npm run catalog -- mention add <slug> --source <id> --quote "<words>" [--block|--prefix|--suffix]`:
 * cites a passage as a mention of an entry, for a description that refers to it ("the combat
 * UAV"), as the curator decided; the reader then links those words to the entry. A suggestion of
 * the same passage declined earlier for this entry is dropped with it.
 */
import { citeSpan } from '../../catalog/ingest/cite-span';
import { setTopLevelValue } from '../../catalog/ingest/entry-json';
import { formatSourceMeta } from '../../catalog/ingest/source-skeleton';
import { antecedent, namesAround } from '../../catalog/ingest/read-statement';
import type { Citation } from '../../catalog/schema/entry';
import { InputError, PICK_OPTIONS, parseCommand, pickedCitation, projectRoot, runCommand, writeVerifiedChanges, type MetaEdit } from './common';
import { resolveCitation } from '../../catalog/verify/resolve-citation';
import { entryAndPassage } from './entry-passage';
import { usageOf } from './commands';

const USAGE = usageOf('mention add');

export function runMentionAdd(args: string[]): number {
  return runCommand('mention add', () => {
    const { positionals, values } = parseCommand(args, { ...PICK_OPTIONS, 'refers-to': { type: 'string' } }, USAGE);
    const root = projectRoot(values.root);
    if (positionals.length !== 1) throw new InputError(`name one entry by its slug.\n${USAGE}`, 2);
    const picked = pickedCitation(values, USAGE);
    const slug = positionals[0]!;
    const { file, files, pending, c, source, text, span, block } = entryAndPassage(root, slug, picked);
    const covers = (r: { source: string; start: number; end: number }) => r.source === span.source && r.start <= span.start && span.end <= r.end;
    const already = [...c.resolved].find(([, r]) => covers(r));
    if (already) {
      console.log(`${file} already cites "${span.quote}" in ${span.source} ${span.block} (${already[0]}): nothing was changed.`);
      return 0;
    }
    const excluded = [...c.excluded].find(([, r]) => r.source === span.source && r.start < span.end && span.start < r.end);
    if (excluded) throw new InputError(`${file} records "${excluded[1].quote}" in ${span.source} ${span.block} as not ${c.entry.name} (${excluded[0]}): an occurrence is this system or it is not`);
    // Words that do not name the entry point back to words that do: in this passage or the one before.
    const names = namesAround(source, block, [c.entry.name, ...c.entry.aliases]);
    const naming = names.here.some((n) => span.start - block.start <= n.start && n.end <= span.end - block.start);
    const refersTo = values['refers-to'] ?? (naming ? undefined : antecedent(names, span.start - block.start) ?? undefined);
    if (!naming && refersTo === undefined) {
      throw new InputError(
        `"${span.quote}" does not name ${c.entry.name}, and neither ${span.block} before it nor the passage before names it: a mention that points back needs the words it points back to (--refers-to); where the article never names the system, the passage cannot be cited as it`,
      );
    }
    const citation = { ...(citeSpan(text, span.start, span.end) ?? picked), ...(refersTo !== undefined && { refersTo }) } as Citation & { refersTo?: string };
    const raw = files.entries.find((f) => f.file === file)!.content;
    const mentions = (JSON.parse(raw) as { mentions?: Citation[] }).mentions ?? [];
    const entryEdit = { file, content: setTopLevelValue(raw, 'mentions', [...mentions, citation]) };

    // The same passage declined earlier as "not this entry": the curator now says it is.
    const declined = source.meta.declined ?? [];
    const dropped = declined.filter((d) => {
      if (d.entry !== slug) return false;
      const r = resolveCitation(text, { source: source.meta.id, ...d });
      return r.ok && r.citation.start < span.end && span.start < r.citation.end;
    });
    const metaEdits: MetaEdit[] = [];
    if (dropped.length > 0) {
      const rest = declined.filter((d) => !dropped.includes(d));
      const meta = { ...source.meta };
      delete meta.declined;
      metaEdits.push({ id: source.meta.id, content: formatSourceMeta(rest.length > 0 ? { ...meta, declined: rest } : meta) });
    }
    writeVerifiedChanges(root, files, { entries: [entryEdit], sources: metaEdits }, pending);
    console.log(
      [
        `Cited in ${file}: mentions += ${citation.source} ${JSON.stringify(citation.quote)}${citation.block ? ` (block ${citation.block}${citation.prefix ? `, after "${citation.prefix}"` : ''})` : ''}${refersTo !== undefined ? `, pointing back to "${refersTo}"` : ''}.`,
        `The reader now links "${span.quote}" in ${span.source} ${span.block} to ${c.entry.name}.`,
        ...dropped.map((d) => `  dropped the earlier decision in catalog/sources/${source.meta.id}.json that "${d.quote}" is not ${c.entry.name} (${d.reason})`),
      ].join('\n'),
    );
    return 0;
  });
}
