/**
 * Builds a synthetic catalog `factor` times the real one, for the benchmark: the real catalog
 * as it is, plus `factor - 1` clones of every source and entry under new ids and slugs, with
 * citations and relations pointing at the clone's own sources and entries.
 *
 * Each clone's systems get names of their own: every word that occurs in a name or alias is
 * replaced, in the clone's texts and entries alike, by an invented word (so quotes stay
 * verbatim and no clone's names occur in another clone's sources, or every clone would be
 * "mentioned" everywhere and the catalog would not verify). The invented words are made of
 * syllables, start with letters spread over the alphabet as English words do, keep the
 * original's case ("ICBM" → "TRKV", "Hwasong" → "Dalemor") and plural ("UAVs" → "PLXs"), and
 * keep every number: "Hwasong-18" becomes "Dalemor-18". So a search index split by the first
 * letters of words sees names spread as a larger real catalog's would, and a designation's
 * number is shared by many systems, as real designations are.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SOURCES = 'catalog/sources';
const ENTRIES = 'catalog/entries';
/** Entry fields written in the sources' words, which carry names. */
const WORDED = new Set(['name', 'aliases', 'category', 'value', 'party', 'via', 'quote', 'prefix', 'suffix', 'topic', 'notes', 'subject', 'refersTo', 'targetWords', 'reason']);
// Onsets weighted roughly as English words begin (s, c, p, t, b, m… often; x, z rarely).
const ONSETS = 'b br c ch cl cr d dr f fl g gr h j k l m n p pl pr r s sh sk st t th tr v w y z'.split(' ');
const ONSET_WEIGHTS = [5, 2, 6, 2, 1, 2, 5, 1, 4, 1, 3, 1, 4, 1, 1, 3, 5, 2, 6, 2, 2, 3, 7, 2, 1, 3, 5, 2, 2, 2, 3, 1, 1];
const VOWELS = 'a e i o u a e o ai ea ou'.split(' ');
const CODAS = ['', '', '', 'n', 'r', 'l', 'm', 'k', 't'];

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** A small seeded generator (mulberry32), so the same factor always gives the same corpus. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seedOf = (text) => createHash('sha256').update(text).digest().readUInt32LE(0);

function pick(rand, items, weights) {
  if (!weights) return items[Math.floor(rand() * items.length)];
  let r = rand() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) if ((r -= weights[i]) < 0) return items[i];
  return items.at(-1);
}

/** An invented word for `original` in clone `k`: syllables, or capitals for an acronym. */
function inventWord(original, k, attempt) {
  const rand = random(seedOf(`${k}:${original.toLowerCase()}:${attempt}`));
  if (original.length <= 4 && original === original.toUpperCase()) {
    return Array.from(original, () => pick(rand, 'BCDFGHJKLMNPRSTVWXZ'.split(''))).join('');
  }
  const syllables = 2 + Math.floor(rand() * 2);
  let word = '';
  for (let i = 0; i < syllables; i++) word += (i === 0 ? pick(rand, ONSETS, ONSET_WEIGHTS) : pick(rand, ONSETS)) + pick(rand, VOWELS);
  word += pick(rand, CODAS);
  if (original === original.toUpperCase()) return word.toUpperCase();
  return /^\p{Lu}/u.test(original) ? word[0].toUpperCase() + word.slice(1) : word;
}

/**
 * Nouns of kind kept in every clone, lower case only ("missile", "drone", "unmanned aerial
 * vehicle"): the verifier reads them to check labels, categories and a name's synonyms, so a
 * clone's "Dalemor-18 … missile" is still a missile. No name is made of these alone, so clones'
 * names still differ.
 */
const KEPT = new Set(['vehicle', 'vehicles', 'drone', 'drones', 'ballistic', 'missile', 'missiles', 'shells', 'shell', 'rounds', 'round', 'launcher', 'rocket', 'unmanned', 'aerial']);

/** Lower-cased words (two letters or more) of every entry name and alias, less the nouns of kind kept. */
function nameWords(entries) {
  const words = entries.flatMap((e) => [e.name, ...(e.aliases ?? [])]).flatMap((n) => n.match(/\p{L}{2,}/gu) ?? []);
  return new Set(words.filter((w) => !(KEPT.has(w) && w === w.toLowerCase())).map((w) => w.toLowerCase()));
}

/** Copies `from`'s catalog into `to`, `factor` times in all (the original first); returns the counts. */
export function makeCorpus(from, to, factor) {
  const sourceIds = readdirSync(path.join(from, SOURCES)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  const entries = readdirSync(path.join(from, ENTRIES)).filter((f) => f.endsWith('.json')).map((f) => readJson(path.join(from, ENTRIES, f)));
  const texts = sourceIds.map((id) => readFileSync(path.join(from, SOURCES, `${id}.txt`), 'utf8'));
  const words = nameWords(entries);
  // Invented words must not be words the sources already use, nor another clone's.
  const taken = new Set(texts.flatMap((t) => t.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase()));
  mkdirSync(path.join(to, SOURCES), { recursive: true });
  mkdirSync(path.join(to, ENTRIES), { recursive: true });

  for (let k = 0; k < factor; k++) {
    const id = (original) => (k === 0 ? original : `${original}-c${k}`);
    const invented = new Map();
    const rename = (w) => {
      const lower = w.toLowerCase();
      // A plural keeps its singular's invented word: "UAVs" → "<UAV's word>s".
      const stem = lower.endsWith('s') && words.has(lower.slice(0, -1)) ? w.slice(0, -1) : null;
      if (stem) return rename(stem) + w.slice(-1);
      if (!invented.has(lower)) {
        let word;
        for (let attempt = 0; !word || taken.has(word.toLowerCase()); attempt++) word = inventWord(w, k, attempt);
        taken.add(word.toLowerCase());
        invented.set(lower, word);
      }
      const word = invented.get(lower);
      if (w === w.toUpperCase() && w.length > 1) return word.toUpperCase();
      return /^\p{Lu}/u.test(w) ? word[0].toUpperCase() + word.slice(1) : word.toLowerCase();
    };
    const renamed = (w) => words.has(w.toLowerCase()) && !(KEPT.has(w) && w === w.toLowerCase());
    const retext = (text) => (k === 0 ? text : text.replace(/\p{L}+/gu, (w) => (renamed(w) ? rename(w) : w)));
    const rewrite = (value, key) => {
      if (typeof value === 'string') {
        if (key === 'source' || key === 'target' || key === 'slug') return id(value);
        return WORDED.has(key) ? retext(value) : value;
      }
      if (Array.isArray(value)) return value.map((v) => rewrite(v, key));
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k2, v]) => [k2, rewrite(v, k2)]));
      return value;
    };

    sourceIds.forEach((sourceId, i) => {
      const text = retext(texts[i]);
      // The recorded blocks hold offsets into the real text, which renaming changes: a clone records none.
      const meta = readJson(path.join(from, SOURCES, `${sourceId}.json`));
      delete meta.recordedBlocks;
      for (const field of Object.values(meta)) {
        if (field?.status === 'stated') Object.assign(field, { value: retext(field.value), quote: retext(field.quote) });
      }
      const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
      writeFileSync(path.join(to, SOURCES, `${id(sourceId)}.txt`), text);
      writeFileSync(path.join(to, SOURCES, `${id(sourceId)}.json`), JSON.stringify({ ...meta, id: id(sourceId), sha256 }, null, 2));
    });
    for (const entry of entries) {
      writeFileSync(path.join(to, ENTRIES, `${id(entry.slug)}.json`), JSON.stringify(rewrite(entry, ''), null, 2));
    }
  }
  return { sources: sourceIds.length * factor, entries: entries.length * factor };
}
