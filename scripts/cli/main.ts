/**
 * `npm run catalog -- <command>`: the catalog from a terminal. `help` (or `--help`) lists the
 * commands; `help <command>` (or `<command> --help`) prints one command's options. The commands
 * and their help are in scripts/cli/commands.ts. Returns the exit code.
 */
import { COMMANDS } from './commands';
import { commandPage, nearestCommand, overview } from './help';

const names = COMMANDS.map((c) => c.name);
/** The command the arguments start with, and the arguments after its name ("mention add" takes two words). */
const find = (words: string[]) => {
  const two = words.slice(0, 2).join(' ');
  const command = COMMANDS.find((c) => c.name === two) ?? COMMANDS.find((c) => c.name === words[0]);
  return command ? { command, rest: words.slice(command.name.split(' ').length) } : undefined;
};
const unknown = (typed: string) => {
  const nearest = nearestCommand(typed, names);
  console.error(`Unknown command "${typed}".${nearest ? ` Did you mean "${nearest}"?` : ''}\nRun "npm run catalog -- help" for the list of commands.`);
  return 2;
};

export async function runCatalogCli(args: string[]): Promise<number> {
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || (args[0] === 'help' && args.length === 1)) {
    console.log(overview(COMMANDS));
    return args.length === 0 ? 2 : 0;
  }
  if (args[0] === 'help') {
    const found = find(args.slice(1));
    if (!found) return unknown(args.slice(1).join(' '));
    console.log(commandPage(found.command));
    return 0;
  }
  const found = find(args);
  if (!found) return unknown(COMMANDS.some((c) => c.name.startsWith(`${args[0]} `)) ? args.slice(0, 2).join(' ') : args[0]!);
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    console.log(commandPage(found.command));
    return 0;
  }
  const run = await found.command.load();
  return run(found.rest);
}
