/**
 * A long source for the ingestion benchmark, made from the project's own fixture articles
 * (tests/fixtures/articles), never from a news site: numbered paragraphs, as a panel of experts'
 * report prints them, each a fixture passage with its numbers varied so that no two passages are
 * the same text, and the catalogued names (Hwasong-18, new drones…) kept, so that drafting has
 * thousands of passages to cite. `makeLongSource(bytes)` returns text of about that many bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/articles');

/** The fixture passages long enough to read as a report's paragraphs. */
function passages() {
  return readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .flatMap((n) => readFileSync(path.join(FIXTURES, n), 'utf8').split(/\r\n|\r|\n/))
    .map((l) => l.trim())
    .filter((l) => l.length > 80 && /[.!?”"]$/.test(l));
}

/** A passage with its numbers changed by `n` (designations kept: "Hwasong-18" stays the Hwasong-18). */
function vary(text, n) {
  return text.replace(/(?<![\p{L}\p{N}.-])\d+(?:\.\d+)?(?![\p{N}.]|[\d-]*millimet|-\p{L})/gu, (d) => (/^\d{4}$/.test(d) ? d : String((Number(d) + n) % 997)));
}

export function makeLongSource(bytes) {
  const pool = passages();
  const out = ['Report of the panel on arms transfers: annex of sourced passages', ''];
  let size = Buffer.byteLength(out.join('\n'));
  for (let i = 0; size < bytes; i++) {
    const line = `${i + 1}. ${vary(pool[i % pool.length], Math.floor(i / pool.length))}`;
    out.push(line, '');
    size += Buffer.byteLength(line) + 2;
  }
  return out.join('\n');
}
