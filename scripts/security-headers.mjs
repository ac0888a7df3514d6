/**
 * The security headers every response carries, shared by `npm start` (scripts/serve.mjs) and
 * written out the same way in the nginx example (deploy/nginx.conf). Pages have no inline
 * script (scripts/strip-runtime.mjs refuses a build that leaves one), so one policy fits all.
 */

/**
 * The Content-Security-Policy of every response: scripts only from the site's own files, no
 * inline script, no 'unsafe-eval'; styles only from its own stylesheet, so no inline style or
 * style attribute applies either.
 */
export function contentSecurityPolicy() {
  return [
    "default-src 'self'",
    "script-src 'self'",
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
export function securityHeaders() {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Paths whose files are named by their content, so they never need revalidating. */
export const IMMUTABLE_PREFIXES = ['/_next/static/', '/assets/'];
