/**
 * `npm run catalog -- <command>`: the catalog from a terminal.
 *   lookup "<query>"                      print the best-matching entry with its facts and quotes
 *   add-source <file.txt> --id <id>       store a new article byte for byte and report its blocks, metadata and mentions
 *   draft <source-id>…                    cite every passage of those sources that names a catalogued system
 *   new-entry "<name>" --source <id>      scaffold an entry for a system a source names, with its mentions cited
 *   exclude <slug> --source <id> --quote "<words>" --reason "<why>"
 *                                         record that one occurrence of a name is not that system
 *   resegment <source-id>                 record a source's blocks again after its segmentation changed
 */
import { runAddSource } from './cli/add-source';
import { runDraft } from './cli/draft';
import { runExclude } from './cli/exclude';
import { runLookup } from './cli/lookup';
import { runNewEntry } from './cli/new-entry';
import { runResegment } from './cli/resegment';
import { runLaterVersion } from './cli/later-version';

const USAGE = `Usage:
  npm run catalog -- lookup "<query>"
  npm run catalog -- add-source <file.txt> --id <id>
  npm run catalog -- draft <source-id>…
  npm run catalog -- new-entry "<name as written>" --source <id> [--slug <slug>] [--category <phrase>]
  npm run catalog -- exclude <slug> --source <id> --quote "<words>" [--block <id>] --reason "<why>"
  npm run catalog -- resegment <source-id>
Every command but lookup takes --root <project dir> (default: the current directory).`;

const [command, ...args] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<number> | number> = {
  lookup: runLookup,
  'add-source': runAddSource,
  draft: runDraft,
  'new-entry': runNewEntry,
  exclude: runExclude,
  resegment: runResegment,
  'later-version': runLaterVersion,
};

const run = command ? commands[command] : undefined;
if (!run) {
  console.error(command ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
  process.exit(2);
}
process.exitCode = await run(args);
