/**
 * `npm run catalog -- fact add <slug> --source <id> --quote "<words>" --label <label> [--value "<words>"] [--yes]`:
 * a fact from a quote, with what the passage gives it — its subject (the entry's name in the
 * quote, or the phrase that points back to it), cues, certainty, polarity and speaker, read as
 * the verifier reads them — for the curator to confirm or correct (--subject, --refers-to,
 * --certainty, --polarity, --speaker). It is verified before anything is written; without
 * --yes nothing is written at all.
 */
import { citeSpan } from '../../catalog/ingest/cite-span';
import { setTopLevelValue } from '../../catalog/ingest/entry-json';
import { namesAround, readStatement, readSubject } from '../../catalog/ingest/read-statement';
import { FACT_LABELS } from '../../catalog/labels';
import { factSchema, type Fact, type SpeakerLink } from '../../catalog/schema/entry';
import { CERTAINTY_LEVELS } from '../../catalog/text/cue-table';
import { verifyCatalog } from '../../catalog/verify/verify';
import { InputError, PICK_OPTIONS, listViolations, newViolations, overridableOnly, parseCommand, pickedCitation, projectRoot, runCommand, withEntries, writeVerifiedEntries } from './common';
import { entryAndPassage, factualityJson } from './entry-passage';
import { usageOf } from './commands';

const USAGE = usageOf('fact add');

const OPTIONS = {
  ...PICK_OPTIONS,
  label: { type: 'string' },
  value: { type: 'string' },
  certainty: { type: 'string' },
  polarity: { type: 'string' },
  speaker: { type: 'string', multiple: true },
  subject: { type: 'string' },
  'refers-to': { type: 'string' },
  because: { type: 'string' },
  yes: { type: 'boolean' },
} as const;

/** "Voice of America|reported" → a speaker link; "none" → the article's own voice. */
function parseSpeakers(given: readonly string[] | undefined): SpeakerLink[] | undefined {
  if (!given) return undefined;
  if (given.length === 1 && given[0] === 'none') return [];
  return given.map((s) => {
    const [party, cue, ...rest] = s.split('|');
    if (!party?.trim() || !cue?.trim() || rest.length > 0) throw new InputError(`--speaker "${s}": give the party and its reporting words as "<party>|<cue>", e.g. "Voice of America|reported"`, 2);
    return { party: party.trim(), cue: cue.trim() };
  });
}

/** The fact as an entry file writes it: defaults (certain, positive, no cue, the article's voice) left out. */
function factJson(f: Fact): Record<string, unknown> {
  return {
    label: f.label,
    subject: f.subject,
    ...(f.refersTo !== undefined && { refersTo: f.refersTo }),
    value: f.value,
    ...factualityJson(f),
    citations: f.citations,
  };
}

export function runFactAdd(args: string[]): number {
  return runCommand('fact add', () => {
    const { positionals, values } = parseCommand(args, OPTIONS, USAGE);
    const root = projectRoot(values.root);
    if (positionals.length !== 1) throw new InputError(`name one entry by its slug.\n${USAGE}`, 2);
    const picked = pickedCitation(values, USAGE);
    const labels = Object.keys(FACT_LABELS);
    if (!values.label || !labels.includes(values.label)) throw new InputError(`${values.label ? `unknown --label "${values.label}"` : 'missing --label'}: one of ${labels.join(', ')}\n${USAGE}`, 2);
    if (values.certainty && !(CERTAINTY_LEVELS as readonly string[]).includes(values.certainty)) throw new InputError(`--certainty: one of ${CERTAINTY_LEVELS.join(', ')}`, 2);
    if (values.polarity && !['positive', 'negative'].includes(values.polarity)) throw new InputError('--polarity: positive or negative', 2);
    const { file, files, pending, c, source, text, span, block } = entryAndPassage(root, positionals[0]!, picked);
    const value = values.value ?? span.quote;
    const at = span.quote.indexOf(value);
    if (at === -1) throw new InputError(`--value "${value}" is not in the quote "${span.quote}": a fact's words are words of its quote`);
    const start = span.start - block.start + at;
    const valueSpan = { start, end: start + value.length };
    const reading = readStatement(block.text, valueSpan);
    const names = namesAround(source, block, [c.entry.name, ...c.entry.aliases]);
    const read = readSubject(block.text, { start: span.start - block.start, end: span.end - block.start }, valueSpan, names);
    const subject = values.subject ?? read.subject;
    if (subject === undefined) throw new InputError(`${read.why.replace(/^subject: /u, '')}.\n${USAGE}`, 2);
    const refersTo = values['refers-to'] ?? (values.subject !== undefined ? undefined : read.refersTo);

    const speaker = parseSpeakers(values.speaker) ?? reading.speaker;
    const fact = factSchema.parse({
      label: values.label,
      subject,
      ...(refersTo !== undefined && { refersTo }),
      value,
      certainty: values.certainty ?? reading.certainty,
      polarity: values.polarity ?? reading.polarity,
      cues: reading.cues,
      speaker,
      citations: [citeSpan(text, span.start, span.end) ?? picked],
    });
    const raw = files.entries.find((f) => f.file === file)!.content;
    const facts = (JSON.parse(raw) as { facts: unknown[] }).facts;
    let content = setTopLevelValue(raw, 'facts', [...facts, factJson(fact)]);
    const corrected = [
      values.certainty && values.certainty !== reading.certainty && `certainty ${values.certainty} (the passage reads ${reading.certainty})`,
      values.polarity && values.polarity !== reading.polarity && `polarity ${values.polarity} (the passage reads ${reading.polarity})`,
      values.speaker && `speaker as given`,
    ].filter(Boolean);
    const lines = [
      `Read from ${span.source} ${span.block}, for facts[${facts.length}] of ${file}:`,
      `  ${values.subject !== undefined ? `subject: "${subject}", as you gave it` : read.why}`,
      ...reading.why.map((w) => `  ${w}`),
      ...(corrected.length > 0 ? [`  corrected by you: ${corrected.join('; ')}`] : []),
      '',
      JSON.stringify(factJson(fact), null, 2)
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n'),
      '',
    ];
    let broken = newViolations(verifyCatalog(withEntries(files, [{ file, content }])), pending);
    // Where only a meaning rule the engine cannot judge stands in the way, the curator's reading may set it aside.
    const overridable = overridableOnly(broken, file, `facts[${facts.length}]`);
    if (overridable.length > 0 && values.because) {
      fact.overrides = overridable.map((rule) => ({ rule, reason: values.because! }));
      content = setTopLevelValue(raw, 'facts', [...facts, factJson(fact)]);
      broken = newViolations(verifyCatalog(withEntries(files, [{ file, content }])), pending);
      lines.push(`  your reading sets aside ${overridable.join(', ')}: "${values.because}" (shown to readers)`, '');
    }
    if (broken.length > 0) {
      const hint = overridableOnly(broken, file, `facts[${facts.length}]`).length > 0 && !values.because
        ? '\nOnly a meaning rule the engine cannot judge stands in the way: if you read the passage so, run again with --because "<your reading, in the passage\'s words>" (shown to readers as the catalog\'s reading).'
        : '';
      throw new InputError(`${lines.join('\n')}The catalog would not verify with this fact, so nothing was written:\n${listViolations(broken)}${hint}`);
    }
    if (!values.yes) {
      console.log([...lines, 'It verifies. Nothing was written: run the same command with --yes to write it, or correct it first (--certainty, --polarity, --speaker).'].join('\n'));
      return 0;
    }
    writeVerifiedEntries(root, files, [{ file, content }], pending);
    console.log([...lines, `Wrote facts[${facts.length}] to ${file}. Run: npm run verify`].join('\n'));
    return 0;
  });
}
