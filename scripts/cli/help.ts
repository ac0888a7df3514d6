/** The catalog's commands as a curator reads about them: one line each, and a page per command. */
import { closest, distance } from 'fastest-levenshtein';

/** What `help` says about one command. */
export interface CommandHelp {
  /** As typed: "add-source", "mention add". */
  name: string;
  /** One line: what it does. */
  summary: string;
  /** The usage line, without the `npm run catalog -- ` before it. */
  usage: string;
  /** Each option with what it means. */
  options?: readonly [string, string][];
  /** A few lines more: what it writes, and what to run next. */
  more?: readonly string[];
}

export const PREFIX = 'npm run catalog --';
export const ROOT_OPTION: [string, string] = ['--root <dir>', 'the project to work on (default: the current directory)'];

/** The page `help <command>` and `<command> --help` print. */
export function commandPage(help: CommandHelp): string {
  const options = [...(help.options ?? []), ...(help.name === 'lookup' ? [] : [ROOT_OPTION]), ['--help', 'print this page'] as [string, string]];
  const width = Math.max(...options.map(([o]) => o.length));
  return [
    `${PREFIX} ${help.usage}`,
    '',
    help.summary,
    ...(help.more && help.more.length > 0 ? ['', ...help.more] : []),
    '',
    'Options:',
    ...options.map(([o, what]) => `  ${o.padEnd(width)}  ${what}`),
  ].join('\n');
}

/** The overview `--help` and `help` print: every command with its summary. */
export function overview(commands: readonly CommandHelp[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `Usage: ${PREFIX} <command> [options]`,
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `Run "${PREFIX} help <command>" (or "<command> --help") for its options.`,
    'Exit codes: 0 done (or nothing to change), 1 bad input or not found, 2 bad usage.',
  ].join('\n');
}

/**
 * The command a mistyped name most likely meant ("add-sorce" → "add-source", "mention" →
 * "mention add"), or undefined when none is close: at most a third of the letters differ.
 */
export function nearestCommand(typed: string, names: readonly string[]): string | undefined {
  const prefixed = names.filter((n) => n.startsWith(`${typed} `));
  if (prefixed.length === 1) return prefixed[0];
  const best = closest(typed, [...names]);
  return distance(typed, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
