/** `npm run catalog -- <command>`: see scripts/cli/main.ts and, for the commands, scripts/cli/commands.ts. */
import { runCatalogCli } from './cli/main';

process.exitCode = await runCatalogCli(process.argv.slice(2));
