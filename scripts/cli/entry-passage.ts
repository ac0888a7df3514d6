/**
 * What `fact add`, `relation add`, `mention add` and `exclude` share: the entry a command names and the
 * passage its citation picks, read from a catalog that verifies (mentions still to draft aside),
 * and how a statement's certainty, polarity, cues, speaker and overrides are written.
 */
import { checkParts } from '../../catalog/ingest/draft-mentions';
import { ENTRIES_DIR } from '../../catalog/load';
import type { Citation, Fact } from '../../catalog/schema/entry';
import { resolveCitation } from '../../catalog/verify/resolve-citation';
import { InputError, readVerified } from './common';

export function entryAndPassage(root: string, slug: string, picked: Citation) {
  const file = `${ENTRIES_DIR}/${slug}.json`;
  const { files, pending } = readVerified(root);
  const { sources, checked } = checkParts(files);
  const c = checked.find((x) => x.file === file);
  if (!c) throw new InputError(`no entry "${slug}": ${file} does not exist`);
  const source = sources.find((s) => s.meta.id === picked.source);
  if (!source) throw new InputError(`no source "${picked.source}" in catalog/sources (known: ${sources.map((s) => s.meta.id).join(', ')})`);
  const text = { id: source.meta.id, text: source.text, blocks: source.blocks };
  const found = resolveCitation(text, picked);
  if (!found.ok) throw new InputError(`${found.message} [${found.rule}]`);
  const span = found.citation;
  const block = source.blocks.find((b) => b.id === span.block)!;
  return { file, files, pending, sources, checked, c, source, text, span, block };
}

/** How surely, by whom and with what reading a statement is said, as an entry file writes it: defaults (certain, positive, no cue, the article's voice, no override) left out. */
export function factualityJson(s: Pick<Fact, 'certainty' | 'polarity' | 'cues' | 'speaker' | 'overrides'>) {
  return {
    ...(s.certainty !== 'certain' && { certainty: s.certainty }),
    ...(s.polarity !== 'positive' && { polarity: s.polarity }),
    ...(s.cues.length > 0 && { cues: s.cues }),
    ...(s.speaker.length > 0 && { speaker: s.speaker }),
    ...(s.overrides.length > 0 && { overrides: s.overrides }),
  };
}
