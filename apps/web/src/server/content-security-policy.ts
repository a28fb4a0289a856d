/**
 * The Content-Security-Policy of every page (set by src/proxy.ts with a fresh nonce per request;
 * Next reads the nonce from the request's CSP header and puts it on its own scripts).
 *
 * Scripts run only with the nonce ('strict-dynamic' lets them load their chunks): no
 * 'unsafe-inline', so markup injected into a page can't run script even if it got past the
 * renderers. Styles allow inline: React, Radix and ProseMirror set style attributes, and a style
 * can't run code (the content renderers don't store class or style attributes at all).
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    // Dev only: React rebuilds server error stacks with eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    // Dev only: the hot-reload websocket.
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only where the app is served over HTTPS: on plain-HTTP localhost it would break every request.
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Browser features no page of Dossier uses, refused for it and anything it embeds. */
export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "hid=()",
  "midi=()",
  "accelerometer=()",
  "gyroscope=()",
  "magnetometer=()",
  "display-capture=()",
  "browsing-topics=()",
].join(", ");
