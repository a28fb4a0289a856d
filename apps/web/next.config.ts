import type { NextConfig } from "next";
import { ROUTER_CACHE_SECONDS } from "./src/features/offline/lib/seen-pages.ts";
import { SECURITY_HEADERS } from "./src/server/security-headers.ts";

const config: NextConfig = {
  // Lets the test suite build beside a running production build (NEXT_DIST_DIR=.next-e2e).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@dossier/api", "@dossier/core", "@dossier/db", "@dossier/editor", "@dossier/schema"],
  // Native or driver code stays in node_modules rather than being bundled.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "@prisma/adapter-pg",
    "@prisma/client",
    "rate-limiter-flexible",
    "nodemailer",
    // Drives a Chromium process for PDF export; its loader must run from node_modules.
    "playwright-core",
  ],
  poweredByHeader: false,
  // Browsers ask for /favicon.ico whatever the page links; the app's icon is app/icon.svg.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icon.svg" }];
  },
  reactStrictMode: true,
  experimental: {
    // Pages seen in the last five minutes come back from the router's cache, without a request:
    // switching back to a section is instant, and works offline (features/offline). Their data is
    // TanStack Query's, kept current by its own staleness and the live stream, not by this cache.
    staleTimes: { dynamic: ROUTER_CACHE_SECONDS },
  },
  async headers() {
    return [
      {
        // The Content-Security-Policy needs a nonce per request: src/proxy.ts sets it on pages.
        source: "/:path*",
        headers: SECURITY_HEADERS,
      },
      {
        // The tab icon. Next answers it with max-age=0 and no validator, and Chromium asks again
        // on every client-side navigation (a section switch): one needless request each time. A
        // new icon reaches browsers within a day (and at once where the page names its new hash).
        source: "/:icon(icon\\.svg|favicon\\.ico)",
        headers: [{ key: "Cache-Control", value: "public, max-age=86400" }],
      },
      {
        // One signed-in person's data (tRPC, next-auth's session): never stored by a browser or proxy.
        source: "/api/:path*",
        headers: [{ key: "Cache-Control", value: "no-store" }],
      },
    ];
  },
};

export default config;
