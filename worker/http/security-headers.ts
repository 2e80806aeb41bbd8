import { createMiddleware } from "hono/factory";

/**
 * The API's security headers (Hono's `secureHeaders` defaults, with a CSP that lets nothing load
 * or frame a response). Kept as one list so a pre-built response can carry them from the start.
 */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ["Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Cross-Origin-Resource-Policy", "same-origin"],
  ["Origin-Agent-Cluster", "?1"],
  ["Referrer-Policy", "no-referrer"],
  ["Strict-Transport-Security", "max-age=15552000; includeSubDomains"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-DNS-Prefetch-Control", "off"],
  ["X-Download-Options", "noopen"],
  ["X-Frame-Options", "DENY"],
  ["X-Permitted-Cross-Domain-Policies", "none"],
  ["X-XSS-Protection", "0"],
];

/**
 * Adds the security headers to every API response. A response that already has its
 * Content-Security-Policy was built with all of them (`jsonText`) and is left alone: in workerd
 * each header set is a call into the runtime, and a dozen of them cost more than serving a cached
 * quiz.
 */
export const securityHeaders = createMiddleware(async (c, next) => {
  await next();
  const headers = c.res.headers;
  if (headers.has("Content-Security-Policy")) return;
  for (const [name, value] of SECURITY_HEADERS) headers.set(name, value);
});
