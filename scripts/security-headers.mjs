/**
 * The security headers every response carries, shared by `npm start` (scripts/serve.mjs), the
 * post-build step that hashes each page's inline scripts (scripts/csp.mjs) and, through the map
 * that step writes, the nginx example in deploy/nginx.conf.
 */

/** What scripts/csp.mjs writes inside out/; neither server serves this folder. */
export const POLICY_DIR = '_csp';
/** `{ default, "/<page>.html": policy, … }`, read by scripts/serve.mjs. */
export const POLICY_FILE = `${POLICY_DIR}/policies.json`;
/** The same policies as an nginx `map $uri $csp`, included by deploy/nginx.conf. */
export const NGINX_MAP_FILE = `${POLICY_DIR}/nginx-map.conf`;

/**
 * The Content-Security-Policy of a response. `scriptHashes` are the `'sha256-…'` sources of a
 * page's inline scripts: Next's static export writes its RSC payload and chunk list as inline
 * scripts, and allowing exactly those keeps 'unsafe-inline' out. No 'unsafe-eval' anywhere.
 * Styles come only from the site's own stylesheet, so no inline style or style attribute runs.
 */
export function contentSecurityPolicy(scriptHashes = []) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every header but Cache-Control, for one response. */
export function securityHeaders(csp = contentSecurityPolicy()) {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * The policy for a request path: that of the page file it resolves to, tried in the order sirv
 * and nginx's `try_files $uri $uri.html $uri/index.html` use, else the default.
 */
export function policyForPath(policies, pathname) {
  const base = pathname.replace(/\/$/, '');
  return policies[pathname] ?? policies[`${base}.html`] ?? policies[`${base}/index.html`] ?? policies.default;
}
