/**
 * The SITE_URL a build should use: the one set in the environment, else the address `npm start`
 * is about to serve on, http://localhost:<PORT> (PORT defaults to 3000). Trailing slashes are
 * dropped, as app/site.ts drops them.
 */
export function resolveSiteUrl(env) {
  const port = env.PORT ?? '3000';
  return (env.SITE_URL || `http://localhost:${port}`).replace(/\/+$/, '');
}
