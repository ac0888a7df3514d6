/**
 * `npm start`: verify, build and serve the site. The build writes absolute addresses (canonical
 * links, citation texts, the sitemap, CSL and BibTeX) from SITE_URL; when it is not set, this
 * sets it to the address the site is about to be served on, http://localhost:<PORT> (PORT
 * defaults to 3000), so what a reader copies points where they are reading.
 */
import { spawnSync } from 'node:child_process';
import { resolveSiteUrl } from './site-url.mjs';

const port = process.env.PORT ?? '3000';
const siteUrl = resolveSiteUrl(process.env);
console.log(`npm start: building for SITE_URL=${siteUrl}${process.env.SITE_URL ? '' : ' (from PORT; set SITE_URL to build for a public address)'}`);

const env = { ...process.env, PORT: port, SITE_URL: siteUrl };
const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
if (built.status !== 0) process.exit(built.status ?? 1);
const served = spawnSync(process.execPath, ['scripts/serve.mjs'], { stdio: 'inherit', env });
process.exit(served.status ?? 0);
