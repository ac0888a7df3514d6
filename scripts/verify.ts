/**
 * `npm run verify`: checks the whole catalog and lists every violation, or prints what was
 * verified. Exits 1 on any violation so that no build can start from a failing catalog.
 */
import { verifyCommand } from './cli/verify';

const root = process.argv[2] ?? process.env.CATALOG_ROOT ?? process.cwd();
process.exitCode = verifyCommand(root, { out: (l) => console.log(l), err: (l) => console.error(l) });
