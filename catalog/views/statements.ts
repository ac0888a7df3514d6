/**
 * An entry's statements as rows, in the order a reader needs them: by the label-priority table,
 * two statements from one stretch of a sentence as one row carrying both labels, and a relation
 * whose target the row's words name carried by that row.
 */
import { FACT_LABELS, RELATION_LABELS, entryHref, howSurelyText, saysItsSpeaker, speakerPhrase, statementLine, type StatementLike } from '../labels';
import type { Block, CatalogEntry, ResolvedCitation, ValueCue } from '../schema/derived';
import { splitSentences } from '../text/sentences';
import { findEntry, findSource, voiceOrigin } from './core';
import { partsText, qualifyingCues, readingsOf, statementParts, subjectToShow, withSubject, type StatementPart, type StatementView } from './facts';
import { labelRank } from './label-priority';
import { entryReferences, type Reference } from './references';

/** A relation a row carries: "Compared with" the Global Hawk. */
export interface RowRelation {
  label: string;
  name: string;
  href: string;
}

/** One row of an entry's statements. */
export interface StatementRow extends StatementView {
  /** "statement-3": the index of its first fact, stable while the entry's facts keep their order. */
  id: string;
  /** The indexes of the entry's facts it shows. */
  facts: number[];
  /** Its facts' labels, most telling first ("Development", "Testing"). */
  labels: string[];
  /** The labels it is shown under: `labels` less any a relation it carries says with its target ("Compared with" Global Hawk). */
  shownLabels: string[];
  relations: RowRelation[];
  /** The footnotes its words are read from. */
  refs: Reference[];
  /** The row on one line: `statementLine`. */
  line: string;
  /** Its place by the label-priority table (lower first). */
  rank: number;
}

/** A statement placed in its passage: where its words are and who says them. */
interface Placed {
  facts: number[];
  block: Block;
  sentence: { start: number; end: number };
  start: number;
  end: number;
  speaker: string;
  /** Its speaker chain; empty for the article's own voice. */
  chain: StatementLike['speaker'];
  polarity: StatementLike['polarity'];
  certainty: StatementLike['certainty'];
  /** Cue words inside the words, offsets into the block; declared cues without. */
  cues: ValueCue[];
  declared: string[];
  citations: ResolvedCitation[];
}

function blockOf(c: ResolvedCitation): Block | undefined {
  return findSource(c.source)?.blocks.find((b) => b.id === c.block);
}

function sentenceAt(block: Block, offset: number): { start: number; end: number } {
  return splitSentences(block.text).find((s) => s.start <= offset && offset < s.end) ?? { start: 0, end: block.text.length };
}

/** Each fact placed in the block of the citation whose quote holds its value. */
function placeFacts(entry: CatalogEntry): Placed[] {
  return entry.facts.flatMap((fact, i) => {
    const cited = entry.factCitations[i]!.map((n) => entry.citations[n - 1]!);
    const citation = cited.find((c) => c.quote.includes(fact.value)) ?? cited[0]!;
    const block = blockOf(citation);
    if (!block) return [];
    const start = citation.start - block.start + Math.max(0, citation.quote.indexOf(fact.value));
    const cues = entry.factCues[i] ?? [];
    return [
      {
        facts: [i],
        block,
        sentence: sentenceAt(block, start),
        start,
        end: start + fact.value.length,
        speaker: speakerPhrase(fact, voiceOrigin(citation)),
        chain: fact.speaker,
        polarity: fact.polarity,
        certainty: fact.certainty,
        cues: cues.map((c) => (c.start === undefined ? c : { ...c, start: c.start + start, end: c.end! + start })),
        declared: fact.cues,
        citations: cited,
      },
    ];
  });
}

const sameSentence = (a: Placed, b: Placed) => a.block === b.block && a.sentence.start === b.sentence.start && a.polarity === b.polarity;

/**
 * The voice two statements of one sentence can share a row in: the same speaker; or, where one
 * is the article's own and the other's speaker is in the words they span together ("The latest
 * model North Korea claims to have developed was tested in mid-July"), the article's, since the
 * words then say who says the rest. Undefined when they cannot share one.
 */
function sharedVoice(a: Placed, b: Placed): Placed | undefined {
  if (!sameSentence(a, b)) return undefined;
  if (a.speaker === b.speaker) return a;
  const words = a.block.text.slice(Math.min(a.start, b.start), Math.max(a.end, b.end));
  if (a.chain.length === 0 && saysItsSpeaker(b.chain, words)) return a;
  if (b.chain.length === 0 && saysItsSpeaker(a.chain, words)) return b;
  return undefined;
}

/** Whether two statements' words overlap or touch (nothing but spaces and punctuation between them). */
function touching(a: Placed, b: Placed): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return second.start <= first.end || /^[\s,;:–—-]*$/.test(first.block.text.slice(first.end, second.start));
}

/** Statements of one sentence, one voice, whose words overlap or touch, as one. */
function mergePlaced(placed: Placed[]): Placed[] {
  const rows: Placed[] = [];
  for (const p of placed) {
    const row = rows.find((r) => touching(r, p) && sharedVoice(r, p));
    if (!row) {
      rows.push({ ...p });
      continue;
    }
    const voice = sharedVoice(row, p)!;
    row.speaker = voice.speaker;
    row.chain = voice.chain;
    row.facts.push(...p.facts);
    row.start = Math.min(row.start, p.start);
    row.end = Math.max(row.end, p.end);
    if (row.certainty === 'certain') row.certainty = p.certainty;
    row.cues = [...row.cues, ...p.cues.filter((c) => !row.cues.some((o) => o.text === c.text && o.start === c.start))];
    row.declared = [...new Set([...row.declared, ...p.declared])];
    row.citations = [...new Set([...row.citations, ...p.citations])];
  }
  return rows;
}

/** The words of a relation's quote that name its target: its declared target words, else the target's name or an alias. */
export function targetWordsAt(relation: CatalogEntry['relations'][number], citation: ResolvedCitation): { start: number; end: number } | undefined {
  const declared = (relation as { targetWords?: string }).targetWords;
  const target = findEntry(relation.target);
  const names = declared ? [declared] : [target?.name ?? '', ...(target?.aliases ?? [])].filter(Boolean).sort((a, b) => b.length - a.length);
  const quote = citation.quote.toLowerCase();
  for (const name of names) {
    const at = quote.indexOf(name.toLowerCase());
    if (at !== -1) return { start: at, end: at + name.length };
  }
  return undefined;
}

/** Which relations of the entry a row carries: same sentence and voice, and the row's words name the target. */
function carriedRelations(entry: CatalogEntry, rows: Placed[]): Map<number, Placed> {
  const carried = new Map<number, Placed>();
  entry.relations.forEach((relation, i) => {
    const citation = entry.citations[entry.relationCitations[i]! - 1]!;
    const block = blockOf(citation);
    const words = targetWordsAt(relation, citation);
    if (!block || !words) return;
    const start = citation.start - block.start + words.start;
    const end = citation.start - block.start + words.end;
    const speaker = speakerPhrase(relation, voiceOrigin(citation));
    const row = rows.find((r) => r.block === block && r.start <= start && end <= r.end && r.speaker === speaker && r.polarity === relation.polarity);
    if (row) carried.set(i, row);
  });
  return carried;
}

/**
 * A row's place by the label-priority table, from its facts' own labels: a label is what the
 * verifier holds a fact's words to, where a specification the catalog derives from a fact's
 * words is a looser match ("hypersonic" speaks to speed) and labels nothing.
 */
const rankOf = (entry: CatalogEntry, p: Placed) => Math.min(...p.facts.map((i) => labelRank(entry.facts[i]!.label)));

function toRow(entry: CatalogEntry, p: Placed, relations: RowRelation[]): StatementRow {
  const labelKeys = [...new Set(p.facts.map((i) => entry.facts[i]!.label))].sort((a, b) => labelRank(a) - labelRank(b));
  const labels = labelKeys.map((k) => FACT_LABELS[k]);
  const value = p.block.text.slice(p.start, p.end);
  const sentence = p.block.text.slice(p.sentence.start, p.sentence.end);
  const inValue = p.cues.flatMap((c) => (c.start === undefined ? [] : [{ ...c, start: c.start - p.start, end: c.end! - p.start }]));
  const subject = p.facts.map((i) => subjectToShow(entry.facts[i]!)).find(Boolean);
  const parts: StatementPart[] = withSubject(statementParts(value, inValue, p.declared, sentence.includes(value) ? sentence : value), subject);
  const words = partsText(parts);
  const readings = [...new Set(p.facts.flatMap((i) => readingsOf(entry.facts[i]!)))];
  const how = howSurelyText({ certainty: p.certainty, polarity: p.polarity, cues: p.declared }, qualifyingCues(p.cues));
  const references = entryReferences(entry);
  const refs = [...new Set(p.citations.map((c) => references.of(c)).filter((r): r is Reference => r !== undefined))].sort((a, b) => a.n - b.n);
  const shownLabels = labels.filter((l) => !relations.some((r) => r.label === l));
  const label = [...shownLabels, ...relations.map((r) => `${r.label} ${r.name}`)].join(' · ');
  const speakerInWords = saysItsSpeaker(p.chain, words);
  return {
    id: `statement-${Math.min(...p.facts)}`,
    facts: [...p.facts].sort((a, b) => a - b),
    labels,
    shownLabels,
    relations,
    speaker: p.speaker,
    speakerInWords,
    parts,
    words,
    how,
    readings,
    refs,
    line: statementLine({ label, speaker: speakerInWords ? '' : p.speaker, words, how, readings }),
    rank: rankOf(entry, p),
  };
}

const rows = new WeakMap<CatalogEntry, { rows: StatementRow[]; carried: Set<number> }>();

/**
 * An entry's facts as rows, most telling first (`labelRank`, then the entry's order), and the
 * indexes of the relations the rows carry (the others are shown with the related entries).
 */
export function statementRows(entry: CatalogEntry): { rows: StatementRow[]; carried: Set<number> } {
  const known = rows.get(entry);
  if (known) return known;
  const merged = mergePlaced(placeFacts(entry));
  const carried = carriedRelations(entry, merged);
  const result = merged
    .map((p) => ({ p, rank: rankOf(entry, p), first: Math.min(...p.facts) }))
    .sort((a, b) => a.rank - b.rank || a.first - b.first)
    .map(({ p }) => {
      const relations = [...carried]
        .filter(([, row]) => row === p)
        .map(([i]) => {
          const r = entry.relations[i]!;
          const target = findEntry(r.target);
          return { label: RELATION_LABELS[r.type], name: target?.name ?? r.target, href: entryHref(r.target) };
        });
      return toRow(entry, p, relations);
    });
  const value = { rows: result, carried: new Set(carried.keys()) };
  rows.set(entry, value);
  return value;
}
