import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { getCatalog } from '../../catalog/index';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Which passages name or refer to each catalogued system, read by hand from the two articles
 * (not derived from the code). A caption printed twice counts once, as its first copy.
 *
 * Left out on purpose, as words for weapons in general rather than for one system:
 * article-000 paragraph-1 "his regime's latest missiles and drones", paragraph-4 "ballistic
 * missile technology", paragraph-6 "the display of weapons", paragraph-14 "munitions";
 * article-004 paragraph-1 "other advanced arms", paragraph-6 "new-type weapons and equipment",
 * paragraph-13 "nuclear weapons development", paragraph-14 "its advanced weapons".
 */
const NAMED_IN: Record<string, Record<string, string[]>> = {
  'hwasong-17': {
    // "A camouflage-painted Hwasong-17…", "a camouflage-painted Hwasong-17…", "the launch of the Hwasong-17 missile"
    'article-000': ['caption-1', 'paragraph-3'],
    'article-004': ['caption-1'],
  },
  'hwasong-12': {
    // "a Hwasong-12 hypersonic glide vehicle-mounted ballistic missile", "A Hwasong-12 hypersonic guide vehicle"
    'article-000': ['paragraph-3', 'caption-2'],
  },
  'hwasong-18': {
    // "Named the Hwasong-18", "they appeared to be Hwasong-18s"
    'article-004': ['paragraph-11', 'paragraph-12'],
  },
  'intercontinental-ballistic-missiles': {
    // The Hwasong-17 "intercontinental ballistic missile" in the caption and the body.
    'article-000': ['caption-1', 'paragraph-3'],
    // "(ICBMs)", "homemade ICBMs", "featured intercontinental ballistic missiles", "the weapons, which are
    // believed to be capable of carrying nuclear warheads", "the model ICBMs", "the launch of an ICBM"
    'article-004': ['paragraph-1', 'paragraph-9', 'paragraph-10', 'paragraph-11', 'paragraph-12', 'caption-1'],
  },
  'new-uav': {
    // "a new unmanned aerial vehicle (UAV)", "the two new UAV models… the combat drone", "a new drone"
    'article-000': ['paragraph-3', 'paragraph-5', 'caption-2'],
    // "new unmanned aerial vehicles (UAVs)… the UAVs appeared similar"
    'article-004': ['paragraph-10'],
  },
  'global-hawk': {
    'article-000': ['paragraph-3'],
    'article-004': ['paragraph-10'],
  },
  'mq-9-reaper': {
    'article-004': ['paragraph-10'],
  },
  '122-millimeter-shells': {
    // "such as 122-millimeter shells", then "Such munitions" for the shells and the rounds.
    'article-000': ['paragraph-11', 'paragraph-12'],
  },
  'multiple-rocket-launcher-rounds': {
    'article-000': ['paragraph-11', 'paragraph-12'],
  },
  'artillery-shells': {
    // "millions of artillery shells"
    'article-000': ['paragraph-10'],
  },
};

describe('each entry cites exactly the passages that name or refer to its system, itself or through a relation pointing to it', () => {
  const catalog = getCatalog(ROOT);

  test('the table covers every entry of the catalog, and only those', () => {
    assert.deepEqual(Object.keys(NAMED_IN).sort(), catalog.entries.map((e) => e.slug).sort());
  });

  test('every passage in the table exists and is a first copy', () => {
    for (const [slug, bySource] of Object.entries(NAMED_IN)) {
      for (const [source, blocks] of Object.entries(bySource)) {
        const ids = new Map(catalog.sources.find((s) => s.meta.id === source)!.blocks.map((b) => [b.id, b]));
        for (const id of blocks) assert.ok(ids.has(id) && !ids.get(id)!.duplicateOf, `${slug}: ${source} ${id}`);
      }
    }
  });

  for (const [slug, bySource] of Object.entries(NAMED_IN)) {
    test(slug, () => {
      const entry = catalog.entries.find((e) => e.slug === slug);
      assert.ok(entry, `no entry "${slug}"`);
      // Another system's relation to this one ("they appeared to be Hwasong-18s") cites the passage for it.
      const incoming = catalog.entries.flatMap((e) => e.relations.flatMap((r, i) => (r.target === slug ? [e.citations[e.relationCitations[i]! - 1]!] : [])));
      const cited = new Set([...entry.citations, ...incoming].map((c) => `${c.source} ${c.block}`));
      const expected = Object.entries(bySource).flatMap(([source, blocks]) => blocks.map((b) => `${source} ${b}`));
      assert.deepEqual(expected.filter((passage) => !cited.has(passage)), [], `${slug} does not cite these passages`);
      // And the other way round: a cited passage that does not refer to the system is a wrong citation.
      assert.deepEqual([...cited].filter((passage) => !expected.includes(passage)), [], `${slug} cites passages that do not refer to it`);
    });
  }
});
