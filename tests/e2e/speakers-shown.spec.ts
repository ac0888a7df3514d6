import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { holdsWord } from '../../catalog/text/label-words';
import { SPEC_WORDS } from '../../catalog/text/spec-words';
import { analysePassage, scopeCovers } from '../../catalog/text/cue-scope';
import { findEntry, specViews } from '../../catalog/views';

// Every side of a difference, every related-entry line (on both entries it joins) and every
// specification shown as "not stated as such" carries the speaker and the hedge its data says,
// at a phone's width and a desktop's. Expectations are read from the entry files themselves,
// not from the views that render them.

interface Speaker {
  party: string;
  cue: string;
}
interface RawStatement {
  subject: string;
  citation?: { source: string; quote: string };
  citations?: { source: string; quote: string }[];
  speaker?: Speaker[];
  cues?: string[];
  polarity?: string;
}
interface RawEntry {
  slug: string;
  name: string;
  relations: (RawStatement & { type: string; target: string })[];
  differences: { label: string; sides: RawStatement[] }[];
}

const ENTRIES_DIR = path.resolve(import.meta.dirname, '../../catalog/entries');
const RAW: RawEntry[] = readdirSync(ENTRIES_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(ENTRIES_DIR, f), 'utf8')) as RawEntry);
const bySlug = new Map(RAW.map((e) => [e.slug, e]));
const SOURCES_DIR = path.resolve(import.meta.dirname, '../../catalog/sources');

/**
 * The words that say a statement is the article's own reporting: its publisher where the
 * article states one ("Korea JoongAng Daily reports"), else "The article reports"; a photo
 * caption's, "A photo caption says".
 */
function ownVoice(s: RawStatement, on: string): string {
  const cited = s.citation ?? s.citations![0]!;
  const source = cited.source;
  const resolved = findEntry(on)!.citations.find((c) => c.source === source && c.quote === cited.quote);
  if (resolved?.block.startsWith('caption')) return 'A photo caption says';
  const meta = JSON.parse(readFileSync(path.join(SOURCES_DIR, `${source}.json`), 'utf8')) as { publisher: { status: string; value?: string } };
  return `${meta.publisher.status === 'stated' ? meta.publisher.value : 'The article'} reports`;
}

/** The words a statement's data says it must be shown with: each party and cue of its chain, each hedge or negation. */
const mustShow = (s: RawStatement) => [...(s.speaker ?? []).flatMap((sp) => [sp.party, sp.cue]), ...(s.cues ?? [])];

/** Whether the element's text (from the DOM, laid out or not: a section off screen is not laid out; quotes straightened, spaces collapsed) holds `words`, case aside. */
async function expectShown(where: Locator, words: string, what: string) {
  const text = ((await where.textContent()) ?? '').replace(/\s+/g, ' ').replace(/[‘’]/g, "'");
  const want = words.replace(/\s+/g, ' ').replace(/[‘’]/g, "'");
  expect(text.toLowerCase(), `${what}: "${words}" in «${text}»`).toContain(want.toLowerCase());
}

const section = (page: Page, title: string) => page.getByRole('region', { name: title });

for (const width of [375, 1280]) {
  test.describe(`speakers and hedges wherever a statement is shown, at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const entry of RAW.filter((e) => e.differences.length > 0)) {
      test(`${entry.slug}: every side of every difference`, async ({ page }) => {
        await page.goto(`/entries/${entry.slug}`);
        const items = section(page, 'Where the sources differ').getByRole('listitem');
        const sides = entry.differences.flatMap((d) => d.sides);
        await expect(items).toHaveCount(sides.length);
        for (const [i, side] of sides.entries()) {
          const item = items.nth(i);
          await expect(item).toBeVisible();
          if (!side.speaker?.length) await expectShown(item, ownVoice(side, entry.slug), `side ${i + 1}`);
          for (const words of mustShow(side)) await expectShown(item, words, `side ${i + 1}`);
        }
      });
    }

    for (const entry of RAW.filter((e) => e.relations.length > 0)) {
      for (const [k, relation] of entry.relations.entries()) {
        const target = bySlug.get(relation.target)!;
        test(`${entry.slug} → ${relation.type} → ${target.slug} (relation ${k + 1}): on both entries`, async ({ page }) => {
          for (const [on, other] of [
            [entry, target],
            [target, entry],
          ] as const) {
            await page.goto(`/entries/${on.slug}`);
            // The entry's own relations may share a row of its statements; the other entry's are under "Related entries".
            const rows = page
              .locator('.statement-row')
              .filter({ has: page.getByRole('link', { name: findEntry(other.slug)!.name, exact: true }) });
            // The row of this relation: the one holding all its words (a pair of entries may be joined twice).
            const shown = await rows.allTextContents();
            const words = [...mustShow(relation), ...(relation.speaker?.length ? [] : [ownVoice(relation, entry.slug)])];
            const at = shown.findIndex((t) => words.every((w) => t.replace(/[‘’]/g, "'").toLowerCase().includes(w.replace(/[‘’]/g, "'").toLowerCase())));
            expect(at, `on ${on.slug}: a related line to ${other.slug} with ${JSON.stringify(words)} among ${JSON.stringify(shown)}`).toBeGreaterThanOrEqual(0);
            await expect(rows.nth(at)).toBeVisible();
          }
        });
      }
    }

    for (const entry of RAW) {
      const passageOnly = specViews(findEntry(entry.slug)!).filter((s) => s.status === 'passage-only');
      if (passageOnly.length === 0) continue;
      test(`${entry.slug}: a specification a passage speaks to shows its words with who says them`, async ({ page }) => {
        await page.goto(`/entries/${entry.slug}`);
        const region = section(page, 'Not stated in these sources');
        for (const spec of passageOnly) {
          const line = region.locator('p').filter({ hasText: `${spec.label}: not stated as such` });
          await expect(line).toBeVisible();
          for (const { sentence } of spec.passages) {
            const word = holdsWord(sentence, SPEC_WORDS[spec.key].words)!;
            const at = sentence.indexOf(word);
            // Each report, hedge or negation over the word that speaks to the specification, and a report's party.
            for (const cue of analysePassage(sentence).cues.filter((c) => scopeCovers(c, { start: at, end: at + word.length }))) {
              await expectShown(line, cue.text, `${spec.label}`);
              const party = cue.speaker ?? cue.partyHint;
              if (party) await expectShown(line, sentence.slice(party.start, party.end).trim(), `${spec.label}`);
            }
          }
        }
      });
    }
  });
}
