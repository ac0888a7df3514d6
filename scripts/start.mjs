/**
 * `npm start`: serve the site, building it first only when out/ is not up to date. The build
 * writes absolute addresses (canonical links, citation texts, the sitemap, CSL and BibTeX) from
 * SITE_URL; when it is not set, this sets it to the address the site is about to be served on,
 * http://localhost:<PORT> (PORT defaults to 3000), so what a reader copies points where they are
 * reading. A build is reused when the catalog, the code and SITE_URL (so PORT, when SITE_URL
 * follows it) are those it was made from (scripts/build-inputs.mjs); it says which it did, and why.
 */
import { spawnSync } from 'node:child_process';
import { buildInputs, changedInputs, recordedInputs } from './build-inputs.mjs';
import { resolveSiteUrl } from './site-url.mjs';

const port = process.env.PORT ?? '3000';
const siteUrl = resolveSiteUrl(process.env);
const env = { ...process.env, PORT: port, SITE_URL: siteUrl, NEXT_TELEMETRY_DISABLED: '1' };
const changes = changedInputs(recordedInputs(), buildInputs(process.cwd(), env));
const from = process.env.SITE_URL ? '' : ' (from PORT; set SITE_URL to build for a public address)';

if (changes.length === 0) {
  console.log(`npm start: reusing the build in out/: the catalog, the code and SITE_URL=${siteUrl} are those it was built from.`);
} else {
  console.log(`npm start: building for SITE_URL=${siteUrl}${from}, because ${changes.join('; ')}.`);
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const served = spawnSync(process.execPath, ['scripts/serve.mjs'], { stdio: 'inherit', env });
process.exit(served.status ?? 0);
