/**
 * Every command of `npm run catalog --`, with its help: the one table that `help`, `--help`,
 * the usage lines of error messages and the dispatcher read. A command's code is loaded only
 * when it runs.
 */
import { PREFIX, type CommandHelp } from './help';

type Run = (args: string[]) => number | Promise<number>;

export interface Command extends CommandHelp {
  load: () => Promise<Run>;
}

const SOURCE_PICK: [string, string][] = [
  ['--block <id>', 'the block the words are in, when they occur in more than one'],
  ['--prefix <words>', 'the words right before them, when they occur more than once in a block'],
  ['--suffix <words>', 'the words right after them, likewise'],
];

export const COMMANDS: readonly Command[] = [
  {
    name: 'lookup',
    summary: 'print the entry a query names, with its facts, speakers and quotes',
    usage: 'lookup "<query>"',
    more: ['e.g. lookup "hwasong 18", lookup "hwasong-17 range", lookup "122mm". Exit 0 found, 1 not named or not found.'],
    load: () => import('./lookup').then((m) => m.runLookup),
  },
  {
    name: 'add-source',
    summary: 'store an article byte for byte; print its blocks, metadata, mentions, possible references and candidates',
    usage: 'add-source <file.txt> --id <id> [--later-version-of <source-id>]',
    options: [
      ['--id <id>', 'the new source\'s id: lowercase words and hyphens, e.g. article-005'],
      ['--later-version-of <id>', 'the stored source this text updates (a wire story\'s later version)'],
    ],
    more: ['Adds no entry. Next: draft <id>, then review <id>.'],
    load: () => import('./add-source').then((m) => m.runAddSource),
  },
  {
    name: 'draft',
    summary: 'cite every passage of the sources that names a catalogued system; list what is left to review',
    usage: 'draft <source-id>…',
    more: ['Adds mention citations only, never facts; the catalog verifies afterwards.'],
    load: () => import('./draft').then((m) => m.runDraft),
  },
  {
    name: 'review',
    summary: "go through all of a source's suggestions in one pass, one key each",
    usage: 'review <source-id> [--decide]',
    options: [['--decide', 'ask for each suggestion (reads one answer per line: m, a, x, n, d or s, and a reason where one is needed)']],
    more: ['Without --decide it lists every suggestion with the one command that accepts it and the one that rejects it.'],
    load: () => import('./review').then((m) => m.runReview),
  },
  {
    name: 'mention add',
    summary: 'cite a passage as a mention of an entry (a description such as "the combat UAV")',
    usage: 'mention add <slug> --source <id> --quote "<words>" [--block <id>] [--prefix <words>] [--suffix <words>]',
    options: [
      ['--source <id>', 'the source of the passage'],
      ['--quote "<words>"', 'the words, exactly as the source writes them ("the combat UAV")'],
      ...SOURCE_PICK,
      ['--refers-to "<words>"', 'the words of this passage or the one before that name the entry (default: the nearest before the quote)'],
    ],
    load: () => import('./mention-add').then((m) => m.runMentionAdd),
  },
  {
    name: 'alias add',
    summary: 'add another name of an entry, and cite every passage that uses it',
    usage: 'alias add <slug> "<alias as written>"',
    load: () => import('./alias-add').then((m) => m.runAliasAdd),
  },
  {
    name: 'exclude',
    summary: 'record that one occurrence (a name or a suggested description) is not that system',
    usage: 'exclude <slug> --source <id> --quote "<words>" [--block <id>] [--prefix <words>] [--suffix <words>] --reason "<why>"',
    options: [['--source <id>', 'the source of the occurrence'], ['--quote "<words>"', 'the words, exactly as written'], ...SOURCE_PICK, ['--reason "<why>"', 'why, in your words; it may use the passage\'s own words and numbers']],
    load: () => import('./exclude').then((m) => m.runExclude),
  },
  {
    name: 'dismiss',
    summary: 'record that a candidate names no weapon system, so that it is not offered again',
    usage: 'dismiss --source <id> --quote "<words>" [--block <id>] [--prefix <words>] [--suffix <words>] --reason "<why>"',
    options: [['--source <id>', 'the source of the candidate'], ['--quote "<words>"', 'its words, exactly as written'], ...SOURCE_PICK, ['--reason "<why>"', 'why, in your words']],
    load: () => import('./dismiss').then((m) => m.runDismiss),
  },
  {
    name: 'new-entry',
    summary: 'scaffold an entry for a system a source names, with every passage that names it cited',
    usage: 'new-entry "<name as written>" --source <id> [--slug <slug>] [--category <phrase>]',
    options: [
      ['--source <id>', 'a source that names it'],
      ['--slug <slug>', 'its address (default: from the name, e.g. 152-millimeter-artillery-shells)'],
      ['--category <phrase>', 'a phrase of a passage that names it (default: the head noun next to the name)'],
    ],
    load: () => import('./new-entry').then((m) => m.runNewEntry),
  },
  {
    name: 'fact add',
    summary: 'add a fact from a quote, with the subject, certainty, polarity and speaker the passage gives it',
    usage: 'fact add <slug> --source <id> --quote "<words>" --label <label> [--value "<words>"] [--yes]',
    options: [
      ['--source <id>', 'the source of the passage'],
      ['--quote "<words>"', 'the passage the fact is quoted from, exactly as written'],
      ...SOURCE_PICK,
      ['--label <label>', 'what the fact is about: one of the labels in catalog/labels.ts (type, capability, …)'],
      ['--value "<words>"', 'the words of the quote that state it (default: the whole quote)'],
      ['--subject "<words>"', 'correct the words it is said of (default: the entry\'s name in the quote, or the phrase that points back to it)'],
      ['--refers-to "<words>"', 'for a subject that points back ("it", "the weapons"): the words of this passage or the one before that name the entry'],
      ['--certainty <level>', 'correct the certainty read from the passage: certain, probable, possible, underspecified'],
      ['--polarity <p>', 'correct the polarity read from the passage: positive, negative'],
      ['--speaker "<party>|<cue>"', 'correct who says it (repeat for a chain, outermost first); "--speaker none" for the article\'s own voice'],
      ['--because "<reading>"', 'where only a meaning rule the engine cannot judge stands in the way: your reading, which sets it aside and is shown to readers'],
      ['--yes', 'write it; without --yes the command prints what it read and writes nothing'],
    ],
    load: () => import('./fact-add').then((m) => m.runFactAdd),
  },
  {
    name: 'relation add',
    summary: 'relate two entries from a quote (a "kind of" relation gives a general entry the passage of a specific one)',
    usage: 'relation add <slug> <type> <target slug> --source <id> --quote "<words>" [--yes]',
    options: [
      ['<type>', 'exhibited-with, compared-with, kind-of, identified-as or listed-with'],
      ['--source <id>', 'the source of the passage'],
      ['--quote "<words>"', 'the words that establish it, exactly as written'],
      ...SOURCE_PICK,
      ['--target-words "<words>"', 'the words of the quote that name the target (default: its name in the quote)'],
      ['--subject "<words>"', "the words it is said of (default: this entry's name in the quote, or the phrase that points back to it)"],
      ['--refers-to "<words>"', 'for a subject that points back: the words that name this entry'],
      ['--because "<reading>"', 'where only a meaning rule the engine cannot judge stands in the way: your reading, which sets it aside and is shown to readers'],
      ['--yes', 'write it; without --yes the command prints what it read and writes nothing'],
    ],
    load: () => import('./relation-add').then((m) => m.runRelationAdd),
  },
  {
    name: 'later-version',
    summary: 'record that a source is a later version of another (a wire update); each reader says so',
    usage: 'later-version <source-id> --of <earlier source-id> [--quote "<words>"]',
    options: [['--of <id>', 'the earlier version'], ['--quote "<words>"', 'the words that mark the update (default: the wire service\'s editing note or headline mark)']],
    load: () => import('./later-version').then((m) => m.runLaterVersion),
  },
  {
    name: 'resegment',
    summary: "record a source's blocks again after its segmentation changed, and read its metadata again",
    usage: 'resegment <source-id>',
    load: () => import('./resegment').then((m) => m.runResegment),
  },
];

/** The usage line of a command, as an error message ends with it. */
export function usageOf(name: string): string {
  const command = COMMANDS.find((c) => c.name === name)!;
  return `Usage: ${PREFIX} ${command.usage}${command.name === 'lookup' ? '' : ' [--root <project dir>]'}`;
}
