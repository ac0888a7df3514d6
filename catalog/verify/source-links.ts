import type { SourceRecord } from '../schema/derived';
import type { ViolationList } from './violations';

/**
 * Checks what a source's metadata says of other files: every source marked as a later version
 * of another names a source of the catalog, not itself, and following the marks never comes
 * back to where it started; every declined suggestion names an entry that exists.
 */
export function checkSourceLinks(ids: readonly string[], sources: readonly SourceRecord[], slugs: ReadonlySet<string>, out: ViolationList): void {
  for (const s of sources) {
    (s.meta.declined ?? []).forEach((d, i) => {
      if (d.entry !== undefined && !slugs.has(d.entry)) out.add('source-link', `catalog/sources/${s.meta.id}.json`, `declined[${i}].entry`, `no entry has the slug "${d.entry}"`);
    });
  }
  const earlier = new Map(sources.flatMap((s) => (s.meta.laterVersionOf ? [[s.meta.id, s.meta.laterVersionOf.source]] : [])));
  for (const [id, of] of earlier) {
    const file = `catalog/sources/${id}.json`;
    if (of === id) out.add('source-link', file, 'laterVersionOf.source', `"${id}" is this source itself: a source cannot be a later version of itself`);
    else if (!ids.includes(of)) out.add('source-link', file, 'laterVersionOf.source', `no source "${of}" in catalog/sources (known: ${ids.join(', ')})`);
    else {
      const seen = new Set([id]);
      for (let at: string | undefined = of; at !== undefined; at = earlier.get(at)) {
        if (seen.has(at)) {
          out.add('source-link', file, 'laterVersionOf.source', `following "later version of" from ${id} comes back to ${at}: versions cannot go round in a circle`);
          break;
        }
        seen.add(at);
      }
    }
  }
}
