/**
 * `npm run catalog -- <command>`: the catalog from a terminal.
 *   lookup "<query>"                      print the best-matching entry with its facts and quotes
 *   add-source <file.txt> --id <id>       store a new article byte for byte and report what it mentions
 */
import { runAddSource } from './cli/add-source';
import { runLookup } from './cli/lookup';

const USAGE = `Usage:
  npm run catalog -- lookup "<query>"
  npm run catalog -- add-source <file.txt> --id <id>`;

const [command, ...args] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<number> | number> = {
  lookup: runLookup,
  'add-source': runAddSource,
};

const run = command ? commands[command] : undefined;
if (!run) {
  console.error(command ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
  process.exit(2);
}
process.exitCode = await run(args);
