// The security headers of every response: next.config.js sends them on everything Next answers, proxy.ts on the
// answers it makes itself. Plain JavaScript, because next.config.js loads it. Cached public pages get one policy
// for every request (no nonce), so they stay cacheable, and still allow inline script; pages rendered per request
// (admin, manage links, the organiser's preview) get a nonce instead: docs/decisions/005-content-security-policy.md.

/**
 * @param {string | undefined} nonce
 * @returns {string}
 */
function contentSecurityPolicy(nonce) {
  return [
    "default-src 'self'",
    // Next's App Router streams each page's data as inline <script> elements that differ per response: a page
    // rendered per request names them by its nonce (Next puts it on every script it writes); a cached page cannot.
    nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'` : "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** @param {string} camera */
function permissionsPolicy(camera) {
  return `camera=${camera}, microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()`;
}

/** The door page scans QR codes with the camera: the one path that may use it, and only from our own origin. */
export const CAMERA_PATH = "/admin/evenementen/:id/inchecken";
export const CAMERA_PERMISSIONS_POLICY = permissionsPolicy("(self)");
const CAMERA_PATH_PATTERN = /^\/admin\/evenementen\/[^/]+\/inchecken\/?$/;

/**
 * The security headers for a site served from `baseUrl` (HSTS only when it is https); for `pathname` the door
 * page, the camera is allowed (proxy.ts knows the path; next.config.js adds CAMERA_PATH's rule after this one);
 * with a `nonce` (a page rendered per request), script-src allows only scripts that carry it.
 * @param {string} baseUrl
 * @param {{ pathname?: string, nonce?: string }} [request]
 * @returns {[string, string][]}
 */
export function securityHeaders(baseUrl, { pathname = "", nonce } = {}) {
  /** @type {[string, string][]} */
  const headers = [
    ["Content-Security-Policy", contentSecurityPolicy(nonce)],
    ["X-Frame-Options", "DENY"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["X-Content-Type-Options", "nosniff"],
    ["Permissions-Policy", CAMERA_PATH_PATTERN.test(pathname) ? CAMERA_PERMISSIONS_POLICY : permissionsPolicy("()")],
  ];
  if (baseUrl.startsWith("https://")) headers.push(["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]);
  return headers;
}
