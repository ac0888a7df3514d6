import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { sourceMetaSkeleton } from '../../catalog/ingest/source-skeleton';
import { readCatalogFiles } from '../../catalog/load';
import { READ_FIELDS } from '../../catalog/text/stated-metadata';
import { findMentions } from '../../catalog/text/mentions';
import { isShownToReader } from '../../catalog/text/reader-blocks';
import { explainBlocks } from '../../catalog/text/segment';
import { parseEntry } from '../../catalog/verify/verify-entries';
import { ViolationList } from '../../catalog/verify/violations';

// Short articles written for these tests in the layouts news sites use. Each is segmented as
// add-source segments it, then checked for its block kinds, the metadata its text states and
// the catalogued systems it mentions (against the real catalog's names and aliases).
const ROOT = path.resolve(import.meta.dirname, '../..');
const entries = readCatalogFiles(ROOT).entries.flatMap((f) => parseEntry(f, new ViolationList()) ?? []);

interface Expected {
  /** Block kinds in reading order. */
  kinds: string[];
  /** The metadata fields the text states, with their values; every other field is not stated. */
  meta: Partial<Record<(typeof READ_FIELDS)[number], string>>;
  /** `<entry slug> <block id> <text as written>`, in catalog order of the entries. */
  mentions: string[];
}

const LAYOUTS: Record<string, Expected> = {
  'byline-caps-top.txt': {
    // A byline in capitals under the headline no longer hides the story that follows it.
    kinds: ['headline', 'byline', 'paragraph', 'paragraph', 'paragraph'],
    meta: { headline: 'North Korea rolls out Hwasong-17 for anniversary parade', byline: 'JANE ROE' },
    mentions: ['hwasong-17 headline Hwasong-17', 'hwasong-17 paragraph-1 Hwasong-17'],
  },
  'byline-mixed-email.txt': {
    kinds: ['headline', 'byline', 'paragraph', 'paragraph', 'paragraph'],
    meta: { headline: 'Can the Hwasong-18 really reach the U.S. mainland?', byline: 'Kim Soo-yeon', date: 'July 28' },
    mentions: [
      'hwasong-18 headline Hwasong-18',
      'hwasong-18 paragraph-1 Hwasong-18',
      'intercontinental-ballistic-missiles paragraph-3 intercontinental ballistic missiles',
    ],
  },
  'byline-end.txt': {
    kinds: ['headline', 'paragraph', 'caption', 'paragraph', 'byline', 'chrome', 'chrome'],
    meta: { headline: 'Pyongyang shows new drones to foreign guests', byline: 'PARK MIN-JI' },
    mentions: ['new-uav headline new drones', 'new-uav paragraph-1 new drone'],
  },
  'no-byline-afp.txt': {
    // No headline, no byline; paragraphs one per line; a dateline without a date; a dash credit.
    kinds: ['paragraph', 'paragraph', 'paragraph', 'caption', 'paragraph'],
    meta: {},
    mentions: ['hwasong-18 paragraph-4 Hwasong-18'],
  },
  'published-editors-note.txt': {
    kinds: ['headline', 'timestamp', 'note', 'paragraph', 'paragraph'],
    meta: { headline: 'Seoul says artillery shells crossed the border in Russian trucks', date: 'July 28, 2023' },
    // "artillery shells" inside "122-millimeter (4.8-inch) artillery shells" names the 122-millimeter
    // shells, not the general entry: only a "kind of" relation would give the general entry that passage.
    mentions: [
      '122-millimeter-shells paragraph-2 122-millimeter (4.8-inch) artillery shells',
      'artillery-shells headline artillery shells',
      'artillery-shells paragraph-1 artillery shells',
    ],
  },
  'captions-twice-getty.txt': {
    kinds: ['headline', 'caption', 'caption', 'paragraph', 'caption', 'paragraph'],
    meta: { headline: 'Leader inspects missile factory' },
    mentions: ['hwasong-12 paragraph-1 Hwasong-12'],
  },
  'hard-wrapped.txt': {
    // Three lines of one paragraph are one block, a name broken across the wrap included; a
    // paragraph that ends without a full stop is still a paragraph.
    kinds: ['headline', 'paragraph', 'paragraph', 'paragraph'],
    meta: { headline: 'Drone lookalikes draw comparisons with U.S. aircraft' },
    mentions: ['global-hawk paragraph-1 Global\nHawk', 'mq-9-reaper paragraph-2 MQ-9 Reaper'],
  },
  'single-newlines.txt': {
    // A subheading without punctuation is shown, as a paragraph of its own.
    kinds: ['headline', 'paragraph', 'paragraph', 'paragraph', 'paragraph'],
    meta: { headline: 'Russian minister leaves Pyongyang after arms talks' },
    mentions: ['artillery-shells paragraph-2 artillery shells', 'multiple-rocket-launcher-rounds paragraph-2 multiple rocket launcher rounds'],
  },
  'run-on.txt': {
    kinds: ['headline', 'paragraph'],
    meta: { headline: 'Hwasong-17 test draws condemnation' },
    mentions: ['hwasong-17 headline Hwasong-17', 'hwasong-17 paragraph-1 Hwasong-17'],
  },
  'crlf.txt': {
    kinds: ['headline', 'byline', 'paragraph', 'paragraph'],
    meta: { headline: 'Navy shows new missile boat', byline: 'Lee Han-sol' },
    mentions: [],
  },
  'lone-cr.txt': {
    kinds: ['headline', 'paragraph', 'paragraph'],
    meta: { headline: 'Satellite images show new launch pad' },
    mentions: ['intercontinental-ballistic-missiles paragraph-2 ICBM'],
  },
  'breadcrumbs-question.txt': {
    kinds: ['chrome', 'headline', 'paragraph', 'paragraph', 'chrome'],
    meta: { headline: 'Is the new UAV a copy of the Global Hawk?', section: 'News > North Korea > Defense', publisher: 'The Seoul Ledger' },
    mentions: ['global-hawk headline Global Hawk', 'new-uav headline new UAV', 'new-uav paragraph-2 new UAV'],
  },
  'parade-new-drones.txt': {
    kinds: ['headline', 'byline', 'paragraph', 'paragraph', 'paragraph', 'caption'],
    meta: { headline: 'North Korea holds night parade with new drones and Hwasong-19 missile', byline: 'Choi Ara', date: 'Sept. 9' },
    mentions: ['new-uav headline new drones', 'new-uav paragraph-1 new drones', 'new-uav paragraph-2 new drones', 'new-uav paragraph-2 UAVs'],
  },
  'wire-first-version.txt': {
    // A scraper's stamp before the headline is left out of it and is not the article's date; a wire end mark is site text.
    kinds: ['headline', 'paragraph', 'paragraph', 'chrome'],
    meta: { headline: 'N. Korea shows new drones to Russian defense chief', date: 'July 27' },
    mentions: ['hwasong-18 paragraph-2 Hwasong-18', 'new-uav headline new drones', 'new-uav paragraph-1 new drones'],
  },
  'wire-update-attn.txt': {
    // The stamped editing note is a note, not the headline; "(LEAD)" is left out of the headline's value; "Hwasong-18
    // solid-fuel intercontinental ballistic missile" names the Hwasong-18, not the general ICBMs entry.
    kinds: ['note', 'headline', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'chrome'],
    meta: { headline: 'Kim shows Shoigu new attack drones, Hwasong-18 at arms exhibition', date: 'July 27' },
    mentions: ['hwasong-18 headline Hwasong-18', 'hwasong-18 paragraph-2 Hwasong-18', 'new-uav paragraph-5 new drones'],
  },
  'reuters-update-slug.txt': {
    // "UPDATE 1-" is left out of the headline; "(Adds …)" and the reporting credits are notes.
    kinds: ['headline', 'note', 'byline', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'note'],
    meta: { headline: "N.Korea's Kim hosts Russia's Shoigu at arms show with new military drones", byline: 'Staff Reporter', date: 'July 27' },
    mentions: ['hwasong-17 paragraph-1 Hwasong-17'],
  },
  'scraped-aggregator.txt': {
    // A stamp with a time on the headline's own line: the headline is the words after it, and no date is stated.
    kinds: ['headline', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph'],
    meta: { headline: "Pyongyang's new military drones look familiar, analysts say" },
    mentions: ['global-hawk paragraph-3 Global Hawk', 'hwasong-17 paragraph-5 Hwasong-17', 'mq-9-reaper paragraph-3 MQ-9 Reaper'],
  },
  'translated-report.txt': {
    // The translation note is a note, recorded as the translation, with the date its line gives (not the stamp's).
    kinds: ['note', 'headline', 'paragraph', 'paragraph', 'paragraph', 'note'],
    meta: {
      headline: 'Kim and Shoigu tour arms hall where a combat UAV and Hwasong missiles stood',
      date: '28.07.2023',
      translation: 'Translated from Korean by the Pyongyang Watch desk',
    },
    mentions: ['hwasong-17 paragraph-3 Hwasong-17', 'hwasong-18 paragraph-3 Hwasong-18'],
  },
  'alt-text-magazine.txt': {
    // A name-and-title line right before a caption is the picture's alt text, not a paragraph.
    kinds: ['headline', 'paragraph', 'byline', 'timestamp', 'alt-text', 'caption', 'paragraph', 'alt-text', 'caption', 'paragraph', 'paragraph'],
    meta: { headline: 'The arms fair in Pyongyang', byline: 'Hannah Greer', date: 'July 31, 2023' },
    mentions: [
      'hwasong-17 paragraph-3 Hwasong-17',
      'hwasong-18 paragraph-3 Hwasong-18',
      'intercontinental-ballistic-missiles paragraph-3 intercontinental ballistic missiles',
      'new-uav paragraph-3 new drones',
    ],
  },
  'calibre-list.txt': {
    // Each list item is a passage of its own; "artillery shells" after a calibre is not the general entry's.
    kinds: ['headline', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph'],
    meta: { headline: 'Arms for Moscow: what the North can supply' },
    mentions: ['122-millimeter-shells paragraph-4 122-millimeter artillery shells', 'artillery-shells paragraph-8 artillery shells'],
  },
  'captions-twice-drone.txt': {
    kinds: ['headline', 'caption', 'caption', 'paragraph', 'paragraph'],
    meta: { headline: 'Drone show draws crowds in Wonsan' },
    mentions: ['new-uav caption-1 new drone', 'new-uav caption-1-repeat new drone', 'new-uav paragraph-1 new drone', 'new-uav paragraph-1 new drone'],
  },
};

const read = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/articles', name));

describe('news layouts: block kinds, stated metadata and mentions', () => {
  test('there are at least ten layouts, and CRLF and lone-CR files keep their line endings', () => {
    assert.ok(Object.keys(LAYOUTS).length >= 10);
    assert.match(read('crlf.txt').toString('utf8'), /\r\n/);
    assert.match(read('lone-cr.txt').toString('utf8'), /\r(?!\n)/);
    assert.doesNotMatch(read('lone-cr.txt').toString('utf8'), /\n/);
  });

  for (const [name, expected] of Object.entries(LAYOUTS)) {
    test(name, () => {
      const bytes = new Uint8Array(read(name));
      const text = new TextDecoder().decode(bytes);
      const { blocks } = explainBlocks(text);
      assert.deepEqual(blocks.map((b) => b.kind), expected.kinds, blocks.map((b) => `${b.id}: ${b.why}`).join('\n'));
      for (const b of blocks) assert.equal(text.slice(b.start, b.end), b.text, `${b.id} offsets`);

      const { meta } = sourceMetaSkeleton('fixture', name, bytes, blocks);
      const stated = Object.fromEntries(READ_FIELDS.flatMap((f) => { const v = meta[f]; return v?.status === 'stated' ? [[f, v.value]] : []; }));
      assert.deepEqual(stated, expected.meta);
      for (const f of READ_FIELDS) {
        const field = meta[f];
        if (field?.status === 'stated') assert.ok(text.includes(field.quote) && field.quote.includes(field.value), `${f} is quoted from the text`);
      }

      const shown = blocks.filter(isShownToReader);
      const found = entries.flatMap((e) => findMentions(shown, [e.name, ...e.aliases]).map((m) => `${e.slug} ${m.block} ${m.text}`));
      assert.deepEqual(found, expected.mentions);
    });
  }

  test('every word of every layout is in a block the reader shows, except recognisable site chrome', () => {
    for (const name of Object.keys(LAYOUTS)) {
      const text = read(name).toString('utf8');
      const { blocks } = explainBlocks(text);
      const shown = blocks.filter(isShownToReader).map((b) => b.text).join(' ');
      const hidden = blocks.filter((b) => !isShownToReader(b));
      for (const b of hidden) assert.match(b.why, /^site chrome: /, `${name} ${b.id}`);
      const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
      const hiddenWords = new Set(hidden.flatMap((b) => words(b.text)));
      for (const w of words(text)) assert.ok(shown.includes(w) || hiddenWords.has(w), `${name}: "${w}" is in no block`);
    }
  });
});
