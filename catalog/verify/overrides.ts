/**
 * A curator's override sets aside one meaning rule for one statement, where the engine cannot
 * judge it; readers see the reason wherever the statement is shown. Rules about the words
 * themselves cannot be set aside (the schema only accepts overridable rules), and an override
 * that sets aside nothing fails, as an unused block rule does.
 */
import type { CheckedEntry } from './verify-entries';
import { listStatements } from './statements';
import type { ViolationList } from './violations';

/** Whether a violation at `path` concerns the statement at `statement` (itself, a field, or its difference's label). */
const concerns = (path: string, statement: string) =>
  path === statement || path.startsWith(`${statement}.`) || path === statement.replace(/\.sides\[\d+\]$/u, '.label');

/**
 * Removes the violations that overrides set aside, and reports each override that sets aside
 * nothing. Runs after every other check, on the whole list.
 *
 * @returns how many overrides were applied.
 */
export function applyOverrides(checked: readonly CheckedEntry[], out: ViolationList): number {
  let applied = 0;
  for (const { file, entry } of checked) {
    for (const st of listStatements(entry)) {
      st.factuality.overrides.forEach((o, k) => {
        const hits = out.items.filter((v) => v.file === file && v.rule === o.rule && concerns(v.path, st.path));
        if (hits.length === 0) {
          out.add('override-unused', file, `${st.path}.overrides[${k}]`, `sets aside "${o.rule}", but ${st.path} does not break it: remove the override`);
          return;
        }
        // A reading of a reference says what the words are read as: the words they point back to.
        const refersTo = st.subject.refersTo;
        if (o.rule === 'reference-ambiguous' && refersTo && !o.reason.toLowerCase().includes(refersTo.toLowerCase())) {
          out.add('override-unstated', file, `${st.path}.overrides[${k}].reason`, `reads "${st.subject.subject}" without saying as what: the reason must name "${refersTo}", the words it is read as pointing back to`);
        }
        applied++;
        for (const v of hits) out.items.splice(out.items.indexOf(v), 1);
      });
    }
  }
  return applied;
}
