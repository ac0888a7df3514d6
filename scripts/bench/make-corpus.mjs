/**
 * Builds a synthetic catalog `factor` times the real one, for timing the verifier: every source
 * and entry cloned under new ids and slugs, citations and relations pointing at the clone's own
 * sources and entries. Each clone's system names are made its own by prefixing every word that
 * occurs in a name with a clone tag ("Hwasong-18" → "qabHwasong-18") in its texts and entries
 * alike, so that quotes stay verbatim and no clone's names occur in another clone's sources —
 * otherwise every clone would be "mentioned" everywhere and the catalog would not verify.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SOURCES = 'catalog/sources';
const ENTRIES = 'catalog/entries';
/** Entry fields written in the sources' words, which carry names. */
const WORDED = new Set(['name', 'aliases', 'category', 'value', 'party', 'via', 'quote', 'prefix', 'suffix', 'topic', 'notes']);

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const letters = (k) => String.fromCharCode(97 + Math.floor(k / 26) % 26) + String.fromCharCode(97 + (k % 26));

/** Lower-cased words (two letters or more) of every entry name and alias. */
function nameWords(entries) {
  const words = entries.flatMap((e) => [e.name, ...(e.aliases ?? [])]).flatMap((n) => n.match(/\p{L}{2,}/gu) ?? []);
  return new Set(words.map((w) => w.toLowerCase()));
}

/** Copies `from`'s catalog `factor` times into `to`; returns the counts written. */
export function makeCorpus(from, to, factor) {
  const sourceIds = readdirSync(path.join(from, SOURCES)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  const entries = readdirSync(path.join(from, ENTRIES)).filter((f) => f.endsWith('.json')).map((f) => readJson(path.join(from, ENTRIES, f)));
  const words = nameWords(entries);
  mkdirSync(path.join(to, SOURCES), { recursive: true });
  mkdirSync(path.join(to, ENTRIES), { recursive: true });

  for (let k = 0; k < factor; k++) {
    const tag = `q${letters(k)}`;
    const id = (original) => `${original}-c${k}`;
    const retext = (text) => text.replace(/\p{L}+/gu, (w) => (words.has(w.toLowerCase()) ? tag + w : w));
    const rewrite = (value, key) => {
      if (typeof value === 'string') {
        if (key === 'source' || key === 'target' || key === 'slug') return id(value);
        return WORDED.has(key) ? retext(value) : value;
      }
      if (Array.isArray(value)) return value.map((v) => rewrite(v, key));
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k2, v]) => [k2, rewrite(v, k2)]));
      return value;
    };

    for (const sourceId of sourceIds) {
      const text = retext(readFileSync(path.join(from, SOURCES, `${sourceId}.txt`), 'utf8'));
      const meta = readJson(path.join(from, SOURCES, `${sourceId}.json`));
      for (const field of Object.values(meta)) {
        if (field?.status === 'stated') Object.assign(field, { value: retext(field.value), quote: retext(field.quote) });
      }
      const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
      writeFileSync(path.join(to, SOURCES, `${id(sourceId)}.txt`), text);
      writeFileSync(path.join(to, SOURCES, `${id(sourceId)}.json`), JSON.stringify({ ...meta, id: id(sourceId), sha256 }, null, 2));
    }
    for (const entry of entries) {
      writeFileSync(path.join(to, ENTRIES, `${id(entry.slug)}.json`), JSON.stringify(rewrite(entry, ''), null, 2));
    }
  }
  return { sources: sourceIds.length * factor, entries: entries.length * factor };
}
