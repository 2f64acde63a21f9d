// The security headers of every response: next.config.js sends them on everything Next answers, proxy.ts on the
// answers it makes itself. Plain JavaScript, because next.config.js loads it. The policy is the same for every
// page and request (no nonce), so pages stay cacheable; why script-src still allows inline script is in
// docs/decisions/005-content-security-policy.md.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Next's App Router streams each page's data as inline <script> elements that differ per response.
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

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
 * page, the camera is allowed (proxy.ts knows the path; next.config.js adds CAMERA_PATH's rule after this one).
 * @param {string} baseUrl
 * @param {string} [pathname]
 * @returns {[string, string][]}
 */
export function securityHeaders(baseUrl, pathname = "") {
  /** @type {[string, string][]} */
  const headers = [
    ["Content-Security-Policy", CONTENT_SECURITY_POLICY],
    ["X-Frame-Options", "DENY"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["X-Content-Type-Options", "nosniff"],
    ["Permissions-Policy", CAMERA_PATH_PATTERN.test(pathname) ? CAMERA_PERMISSIONS_POLICY : permissionsPolicy("()")],
  ];
  if (baseUrl.startsWith("https://")) headers.push(["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]);
  return headers;
}
