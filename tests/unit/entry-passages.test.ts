import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getCatalog } from '../../catalog/index';
import { entryPassages, entryStats, findSource, mentionStrips, plural } from '../../catalog/views';

const catalog = getCatalog();
const where = (slug: string) => entryPassages(slug).map((p) => `${p.source}#${p.block.id}:${p.link}`);

describe('entryPassages', () => {
  test('counts a passage an entry cites without naming the system, marked as cited', () => {
    // "…the development of the weapons, which are believed to be capable of carrying nuclear warheads…"
    assert.ok(where('intercontinental-ballistic-missiles').includes('article-004#paragraph-11:cited'));
    assert.ok(where('intercontinental-ballistic-missiles').includes('article-004#paragraph-10:mentioned'));
  });

  test('counts a caption printed twice once, under the block it repeats', () => {
    const hwasong17 = where('hwasong-17');
    assert.ok(hwasong17.includes('article-000#caption-1:mentioned'));
    assert.ok(!hwasong17.some((w) => w.includes('repeat')), hwasong17.join(', '));
  });

  test('lists every passage of every mention and every citation, in reading order, once', () => {
    for (const entry of catalog.entries) {
      const listed = entryPassages(entry.slug).map((p) => `${p.source}#${p.block.id}`);
      assert.equal(new Set(listed).size, listed.length, `${entry.slug} lists a passage twice`);
      const canonical = (source: string, block: string) => {
        const b = findSource(source)!.blocks.find((x) => x.id === block)!;
        return `${source}#${b.duplicateOf ?? b.id}`;
      };
      const expected = new Set([
        ...catalog.mentions.filter((m) => m.entry === entry.slug).map((m) => canonical(m.source, m.block)),
        ...entry.citations.map((c) => canonical(c.source, c.block)),
      ]);
      assert.deepEqual(new Set(listed), expected, entry.slug);
      const order = catalog.sources.flatMap((s) => s.blocks.map((b) => `${s.meta.id}#${b.id}`));
      assert.deepEqual(listed, [...listed].sort((a, b) => order.indexOf(a) - order.indexOf(b)), `${entry.slug} out of reading order`);
    }
  });
});

describe('mentionStrips', () => {
  test("a row's marks are exactly the entry's passages in that source, so the map and the count agree", () => {
    for (const entry of catalog.entries) {
      const marks = mentionStrips().flatMap(({ source, rows }) =>
        [...(rows.find((r) => r.entry.slug === entry.slug)?.marks ?? [])].map(([block, link]) => `${source.meta.id}#${block}:${link}`),
      );
      assert.deepEqual(marks, where(entry.slug), entry.slug);
      assert.equal(marks.length, entryStats(entry.slug).passages, entry.slug);
    }
  });
});

test('plural counts one thing in the singular', () => {
  assert.equal(plural(1, 'photo caption'), '1 photo caption');
  assert.equal(plural(3, 'photo caption'), '3 photo captions');
  assert.equal(plural(0, 'passage'), '0 passages');
});
