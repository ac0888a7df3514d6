import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { getCatalog } from '../../catalog/index';
import { buildAnnotationCollection } from '../../catalog/export/annotations';
import { annotationCollectionSchema, type Annotation } from '../../catalog/export/annotation-schema';
import { textAfter, textBefore, toCodePointOffset, toUtf16Offset } from '../../catalog/export/code-points';
import { matchQuote } from '../../catalog/text/match-quote';
import type { Catalog } from '../../catalog/schema/derived';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BASE = 'https://catalog.example';
const catalog = getCatalog(ROOT);
const collection = buildAnnotationCollection(catalog, BASE);
const annotations = collection.first.items;

/** The raw stored text an annotation targets, found from its target URL. */
function rawTextOf(a: Annotation, from: Catalog = catalog): string {
  const id = a.target.source.slice(`${BASE}/sources/`.length);
  return from.sources.find((s) => s.meta.id === id)!.text;
}

/** The span (UTF-16 offsets) of an annotation's TextPositionSelector, whose offsets are code points. */
function positionSpan(a: Annotation, raw: string) {
  const [, position] = a.target.selector;
  return { start: toUtf16Offset(raw, position.start), end: toUtf16Offset(raw, position.end) };
}

describe('code points', () => {
  const text = 'A 🚀 and a 🛰️ drone';
  test('convert both ways around characters outside the Basic Multilingual Plane', () => {
    const at = text.indexOf('drone');
    assert.equal(at, 15);
    assert.equal(toCodePointOffset(text, at), 13);
    assert.equal(toUtf16Offset(text, 13), at);
    assert.equal(toUtf16Offset(text, toCodePointOffset(text, text.length)), text.length);
  });

  test('context never splits a surrogate pair', () => {
    assert.equal(textBefore(text, text.indexOf(' and'), 2), ' 🚀');
    assert.equal(textAfter(text, 1, 2), ' 🚀');
  });
});

/** The catalog with "🚀 " (3 UTF-16 units, 2 code points) put before a source's text, offsets shifted. */
function withRocketBefore(sourceId: string): Catalog {
  const copy = structuredClone(catalog);
  const shift = <T extends { start: number; end: number }>(x: T) => Object.assign(x, { start: x.start + 3, end: x.end + 3 });
  const source = copy.sources.find((s) => s.meta.id === sourceId)!;
  source.text = `🚀 ${source.text}`;
  source.blocks.forEach(shift);
  copy.entries.forEach((e) => e.citations.filter((c) => c.source === sourceId).forEach(shift));
  copy.mentions.filter((m) => m.source === sourceId).forEach(shift);
  return copy;
}

describe('/annotations.jsonld', () => {
  test('TextPositionSelector counts code points, not UTF-16 units', () => {
    const rocket = withRocketBefore('article-004');
    const shifted = buildAnnotationCollection(rocket, BASE).first.items;
    assert.equal(shifted.length, annotations.length);
    const moved = shifted.filter((a) => a.target.source.endsWith('/article-004'));
    assert.ok(moved.length > 0);
    for (const a of moved) {
      const was = annotations[shifted.indexOf(a)]!.target.selector[1];
      assert.deepEqual(a.target.selector[1], { ...was, start: was.start + 2, end: was.end + 2 }, a.id);
      const raw = rawTextOf(a, rocket);
      const { start, end } = positionSpan(a, raw);
      assert.equal(raw.slice(start, end), a.target.selector[0].exact, a.id);
    }
  });

  test('is a W3C AnnotationCollection holding every citation use of every entry, and each mention once', () => {
    assert.ok(annotationCollectionSchema.safeParse(collection).success);
    assert.equal(collection.total, annotations.length);
    const factUses = catalog.entries.reduce((n, e) => n + e.factCitations.flat().length, 0);
    const sides = catalog.entries.reduce((n, e) => n + e.differences.reduce((m, d) => m + d.sides.length, 0), 0);
    const relations = catalog.entries.reduce((n, e) => n + e.relations.length, 0);
    const repeated = new Set(catalog.sources.flatMap((s) => s.blocks.filter((b) => b.duplicateOf).map((b) => `${s.meta.id}#${b.id}`)));
    const mentions = catalog.mentions.filter((m) => !repeated.has(`${m.source}#${m.block}`)).length;
    assert.ok(mentions < catalog.mentions.length, 'the fixture has mentions in captions printed twice');
    assert.equal(annotations.length, factUses + sides + relations + mentions);
  });

  test('ids are unique and stable across builds and entry order', () => {
    const ids = annotations.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length);
    const reordered = { ...catalog, entries: [...catalog.entries].reverse() };
    assert.deepEqual(new Set(buildAnnotationCollection(reordered, BASE).first.items.map((a) => a.id)), new Set(ids));
  });

  test('every annotation names its entry and links to the entry page', () => {
    for (const a of annotations) {
      const identifying = a.body.find((b) => b.type === 'SpecificResource' && b.purpose === 'identifying');
      const tag = a.body.find((b) => b.type === 'TextualBody' && b.purpose === 'tagging');
      assert.ok(identifying && tag, a.id);
      const slug = identifying.type === 'SpecificResource' ? identifying.source.slice(`${BASE}/entries/`.length) : '';
      assert.equal(tag.type === 'TextualBody' && tag.value, catalog.entries.find((e) => e.slug === slug)?.name, a.id);
    }
  });

  test('a fact annotation describes the fact in the catalog label and the source words, with its speaker', () => {
    const hwasong = annotations.filter((a) => a.id.includes('#hwasong-18-fact-')).map((a) => a.body[0]!.type === 'TextualBody' && a.body[0]!.value);
    assert.ok(hwasong.includes('Hwasong-18 — Propellant: North Korea claimed: solid-fuel'), hwasong.join('\n'));
    assert.ok(
      hwasong.includes('Hwasong-18 — Capability: United Nations officials said: appeared capable of hitting “most points on Earth.” (hedged with “appeared”)'),
      hwasong.join('\n'),
    );
  });

  test('the body carries the certainty, the polarity and the speaker chain of what the passage is cited for', () => {
    const values = (a: (typeof annotations)[number]) => a.body.flatMap((b) => (b.type === 'TextualBody' && b.purpose === 'classifying' ? [b.value] : []));
    const observers = annotations.find((a) => a.id.includes('#new-uav-fact-') && a.body.some((b) => b.type === 'TextualBody' && b.value.includes('appeared similar to')));
    assert.ok(observers);
    assert.deepEqual(values(observers), [
      'certainty: probable (hedged with “appeared”; a comparison: “similar to”)',
      'polarity: positive',
      'speaker: Voice of America (reported) > Observers in Seoul (noted) (Observers in Seoul noted, as Voice of America reported)',
    ]);
    const unidentified = annotations.find((a) => a.body.some((b) => b.type === 'TextualBody' && b.value.includes('Identification: The article reports: Voice of America did not identify')));
    assert.ok(unidentified && values(unidentified).includes('polarity: negative') && values(unidentified).includes('speaker: the article'));
    for (const a of annotations.filter((x) => x.motivation === 'describing')) assert.equal(values(a).length >= 3, true, a.id);
  });
});

describe('re-anchoring every annotation in the raw source texts', () => {
  test('by TextPositionSelector: the code-point span holds exactly the quoted text', () => {
    for (const a of annotations) {
      const raw = rawTextOf(a);
      const [quote] = a.target.selector;
      const { start, end } = positionSpan(a, raw);
      assert.equal(raw.slice(start, end), quote.exact, a.id);
      assert.equal(quote.prefix ?? '', textBefore(raw, start, 32), a.id);
      assert.equal(quote.suffix ?? '', textAfter(raw, end, 32), a.id);
    }
  });

  test('by TextQuoteSelector alone (exact, prefix, suffix): the same span as the position', () => {
    for (const a of annotations) {
      const raw = rawTextOf(a);
      const [{ exact, prefix, suffix }] = a.target.selector;
      const match = matchQuote(raw, exact, { prefix, suffix });
      assert.ok(match, a.id);
      assert.deepEqual({ start: match.start, end: match.end }, positionSpan(a, raw), a.id);
    }
  });

  test('fuzzily, as Hypothesis does, after the text drifts (typographic quotes made straight)', () => {
    // Same length, so positions still apply; quotes with curly marks no longer occur exactly.
    const straighten = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
    let fuzzy = 0;
    for (const a of annotations) {
      const raw = rawTextOf(a);
      const drifted = straighten(raw);
      const [{ exact, prefix, suffix }] = a.target.selector;
      const expected = positionSpan(a, raw);
      const match = matchQuote(drifted, exact, { prefix, suffix, hint: expected.start });
      assert.ok(match, a.id);
      if (match.score < 1) fuzzy += 1;
      assert.deepEqual({ start: match.start, end: match.end }, expected, `${a.id}: "${exact}"`);
    }
    assert.ok(fuzzy > 0, 'some quotes took the fuzzy path');
  });
});
