/**
 * A curator's override sets aside one meaning rule for one statement, only where the engine
 * cannot judge it; readers see the reason wherever the statement is shown. Only two rules may
 * be set aside (the schema accepts no other):
 * - `reference-ambiguous`: a referring subject ("the weapons") the verifier found more than one
 *   antecedent for. The override reads it as one of the antecedents the verifier found, names
 *   those words in its reason and quotes, verbatim in “…” or "…", words of the passage that tell
 *   it; two overrides may not read the same words as two systems.
 * - `relation-unsupported`, for a "kind of" named inside its subject's own words ("152-millimeter
 *   artillery shells" a kind of "artillery shells"): the passage leaves it to the reader.
 * Rules about polarity, hedges, certainty, speakers, labels and what a value is said of are the
 * engine's to judge, and cannot be set aside; an override that sets aside nothing fails, as an
 * unused block rule does.
 */
import type { CheckedEntry } from './verify-entries';
import { listStatements, type Statement } from './statements';
import type { AmbiguousReading, ViolationList } from './violations';

/** Whether a violation at `path` concerns the statement at `statement` (itself, a field, or its difference's label). */
const concerns = (path: string, statement: string) =>
  path === statement || path.startsWith(`${statement}.`) || path === statement.replace(/\.sides\[\d+\]$/u, '.label');

const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** The phrases a reason quotes, in “…” or "…". */
export function quotedPhrases(reason: string): string[] {
  return [...reason.matchAll(/“([^”]+)”|"([^"]+)"/gu)].map((m) => squash((m[1] ?? m[2])!.replace(/[.,;:]+$/u, '')));
}

/**
 * What is wrong with a reading of an ambiguous reference, if anything: it must read the words as
 * one of the antecedents the verifier found, say which in its reason, and quote, verbatim, two
 * or more words of the passage (other than the referring words and the antecedent) that tell it.
 */
function readingProblem(st: Statement, reason: string, reading: AmbiguousReading | undefined): string | undefined {
  const refersTo = st.subject.refersTo;
  if (!refersTo) return undefined;
  if (reading && !reading.candidates.some((c) => squash(c).toLowerCase() === squash(refersTo).toLowerCase())) {
    return `reads "${st.subject.subject}" as "${refersTo}", which is none of the words the verifier found it may point back to (${reading.candidates.map((c) => `"${c}"`).join(', ')})`;
  }
  if (!reason.toLowerCase().includes(refersTo.toLowerCase())) {
    return `reads "${st.subject.subject}" without saying as what: the reason must name "${refersTo}", the words it is read as pointing back to`;
  }
  const passages = (reading?.passages ?? []).map(squash);
  const trivial = new Set([squash(refersTo), squash(st.subject.subject)].map((w) => w.toLowerCase()));
  const telling = quotedPhrases(reason).filter((q) => q.split(' ').length >= 2 && !trivial.has(q.toLowerCase()) && passages.some((p) => p.includes(q)));
  if (telling.length === 0) {
    const quoted = quotedPhrases(reason);
    const missing = quoted.filter((q) => !passages.some((p) => p.includes(q)));
    return `reads "${st.subject.subject}" as "${refersTo}" without quoting the passage: the reason must quote, verbatim in “…”, two or more words of the passage that tell it${missing.length > 0 ? ` (${missing.map((q) => `"${q}"`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} not in it)` : ''}`;
  }
  return undefined;
}

/**
 * Removes the violations that overrides set aside, and reports each override that sets aside
 * nothing, that sets aside what the engine can judge, or whose reason does not state its reading.
 * Runs after every other check, on the whole list.
 *
 * @returns how many overrides were applied.
 */
export function applyOverrides(checked: readonly CheckedEntry[], out: ViolationList): number {
  let applied = 0;
  /** Readings of referring words, by where they stand: one set of words cannot mean two systems. */
  const readings = new Map<string, { entry: string; file: string; path: string }[]>();
  for (const { file, entry } of checked) {
    for (const st of listStatements(entry)) {
      st.factuality.overrides.forEach((o, k) => {
        const at = `${st.path}.overrides[${k}]`;
        const hits = out.items.filter((v) => v.file === file && v.rule === o.rule && concerns(v.path, st.path));
        if (hits.length === 0) {
          out.add('override-unused', file, at, `sets aside "${o.rule}", but ${st.path} does not break it: remove the override`);
          return;
        }
        if (o.rule === 'relation-unsupported') {
          const rel = st.relation;
          const inside = rel && rel.type === 'kind-of' && squash(st.subject.subject).toLowerCase() !== squash(rel.targetWords).toLowerCase() && squash(st.subject.subject).toLowerCase().includes(squash(rel.targetWords).toLowerCase());
          if (!inside) {
            out.add('override-refused', file, at, `sets aside "relation-unsupported", which only a "kind of" named inside its subject's own words may (as "152-millimeter artillery shells" is a kind of "artillery shells"): the verifier reads what else a passage says between two systems`);
            return;
          }
        }
        if (o.rule === 'reference-ambiguous') {
          const reading = hits.find((v) => v.reading)?.reading;
          const problem = readingProblem(st, o.reason, reading);
          if (problem) {
            out.add('override-unstated', file, `${at}.reason`, problem);
            return;
          }
          if (reading) readings.set(reading.at, [...(readings.get(reading.at) ?? []), { entry: entry.slug, file, path: at }]);
        }
        applied++;
        for (const v of hits) out.items.splice(out.items.indexOf(v), 1);
      });
    }
  }
  for (const [where, list] of readings) {
    const systems = new Set(list.map((r) => r.entry));
    if (systems.size < 2) continue;
    for (const r of list) {
      out.add('override-refused', r.file, r.path, `the same referring words (${where.replace(/#\d+$/u, '')}) are read by overrides as ${[...systems].join(' and ')}: words the verifier cannot decide cannot be decided two ways`);
    }
  }
  return applied;
}
