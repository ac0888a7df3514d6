import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { verifyCatalog } from '../../catalog/verify/verify';
import { formatViolation, type Rule } from '../../catalog/verify/violations';
import { CORPUS } from '../corpus/index';
import { CONSTRUCTIONS, type CorpusCase, type CorpusStatement } from '../corpus/corpus-types';
import { distortStatement } from './support/statement-distortions';
import { corpusEntry, corpusEntryFile, tinyCatalog } from './support/tiny-catalog';

/**
 * The faithfulness corpus, each case verified as a catalog of its own (one source holding the
 * passage, one entry for the system it names): every faithful statement must verify, and every
 * distorted one must be refused, at its fact, with the rule named. Misses listed in
 * tests/corpus/known-misses.json (with their reasons) are expected; any other miss fails, and so
 * does a listed miss that now passes, so the list only shrinks.
 */
const KNOWN: Record<string, string> = JSON.parse(readFileSync(path.join(import.meta.dirname, '../corpus/known-misses.json'), 'utf8'));

interface Judgement {
  key: string;
  ok: boolean;
  detail: string;
}

/** Rules the corpus does not judge: a label and a category are read from the catalog's tables, not from the cues. */
const OUT_OF_SCOPE = new Set<Rule>(['label-unsupported', 'category-not-attached']);

function judgeFaithful(c: CorpusCase): Judgement {
  const result = verifyCatalog(tinyCatalog(c, corpusEntry(c, c.statement)));
  const violations = result.ok ? [] : result.violations.filter((v) => !OUT_OF_SCOPE.has(v.rule));
  return { key: c.id, ok: violations.length === 0, detail: violations.map(formatViolation).join('\n') };
}

/** Fixes the verifier suggested for distorted statements, and how many gave back the faithful one. */
export const fixTally = { suggested: 0, restored: 0, wrong: [] as string[] };
const meaningOf = (s: { certainty?: string; polarity?: string; speaker?: unknown }) => JSON.stringify([s.certainty ?? 'certain', s.polarity ?? 'positive', s.speaker ?? []]);

function judgeDistorted(c: CorpusCase, d: { why: string; rules: Rule[]; statement: CorpusStatement }): Judgement {
  const result = verifyCatalog(tinyCatalog(c, corpusEntry(c, d.statement)));
  const file = corpusEntryFile(c);
  // A suggested fix, applied, must give back the faithful statement's certainty, polarity and speaker.
  const fix = result.ok ? undefined : result.violations.find((v) => v.file === file && v.fix?.statement === 'facts[0]')?.fix;
  if (fix) {
    fixTally.suggested++;
    const fixed = { ...d.statement, ...fix.patch };
    if (meaningOf(fixed) === meaningOf(c.statement)) fixTally.restored++;
    else fixTally.wrong.push(`${c.id}: ${d.why}: ${JSON.stringify(fix.patch)}`);
  }
  const hit = !result.ok && result.violations.some((v) => v.file === file && v.path.startsWith('facts[0]') && d.rules.includes(v.rule));
  const got = result.ok ? 'it verifies' : result.violations.map(formatViolation).join('\n');
  return { key: `${c.id}: ${d.why}`, ok: hit, detail: `expected [${d.rules.join(' or ')}]; ${got}` };
}

/** The distortions of a case: those written by hand and those generated from its faithful statement. */
export const distortionsOf = (c: CorpusCase) => [...c.distortions, ...distortStatement(c.statement, c.text)];

const tally = new Map(CONSTRUCTIONS.map((k) => [k, { accepted: 0, faithful: 0, refused: 0, distorted: 0 }]));
const total = { accepted: 0, faithful: 0, refused: 0, distorted: 0 };
const seen = new Set<string>();

function expectJudgement(j: Judgement): void {
  seen.add(j.key);
  if (KNOWN[j.key] !== undefined) {
    assert.ok(!j.ok, `"${j.key}" is listed as a known miss but is now judged right: remove it from tests/corpus/known-misses.json`);
  } else {
    assert.ok(j.ok, `${j.key}:\n${j.detail}`);
  }
}

describe('the faithfulness corpus: faithful statements verify, distorted ones are refused', () => {
  after(() => {
    const pct = (a: number, b: number) => (b === 0 ? '—' : `${a}/${b}`);
    console.log(`faithfulness corpus: ${CORPUS.length} passages; faithful accepted ${pct(total.accepted, total.faithful)}, distorted refused ${pct(total.refused, total.distorted)}`);
    console.log(`  fixes suggested: ${fixTally.suggested}, each tried by the verifier; ${fixTally.restored} restore the faithful statement`);
    for (const [k, t] of tally) {
      if (t.faithful + t.distorted > 0) console.log(`  ${k.padEnd(20)} faithful accepted ${pct(t.accepted, t.faithful).padEnd(8)} distorted refused ${pct(t.refused, t.distorted)}`);
    }
  });

  test('the corpus has at least 200 passages, with unique ids', () => {
    assert.ok(CORPUS.length >= 200, `${CORPUS.length} passages`);
    assert.equal(new Set(CORPUS.map((c) => c.id)).size, CORPUS.length);
  });

  for (const c of CORPUS) {
    test(`${c.id} (${c.style}, ${c.constructions.join(', ')}): ${c.text}`, () => {
      assert.ok(c.text.includes(c.statement.value), `the value "${c.statement.value}" is in the passage`);
      const judgements = [judgeFaithful(c), ...distortionsOf(c).map((d) => judgeDistorted(c, d))];
      judgements.forEach((j, i) => {
        const counts = [total, ...c.constructions.map((k) => tally.get(k)!)];
        for (const t of counts) {
          if (i === 0) {
            t.faithful++;
            if (j.ok) t.accepted++;
          } else {
            t.distorted++;
            if (j.ok) t.refused++;
          }
        }
      });
      const failures: string[] = [];
      for (const j of judgements) {
        try {
          expectJudgement(j);
        } catch (error) {
          failures.push((error as Error).message);
        }
      }
      assert.deepEqual(failures, []);
    });
  }

  test('every fix the verifier suggests gives back the faithful statement, not merely one that verifies', () => {
    assert.deepEqual(fixTally.wrong, []);
  });

  test('every known miss names a judgement of the corpus', () => {
    const stale = Object.keys(KNOWN).filter((k) => !seen.has(k));
    assert.deepEqual(stale, [], 'remove these from tests/corpus/known-misses.json: they are no longer judged');
  });
});
