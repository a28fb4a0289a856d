// The Dossier web server: Next.js (production build, or the dev server with --dev) behind a plain
// Node HTTP server, which we need for two things `next start` can't do:
//
// 1. The client's address. Route handlers only see headers, and Next keeps a client-supplied
//    X-Forwarded-For as it is, so the TCP peer would be lost. Here it is passed in
//    x-dossier-socket-address (SOCKET_ADDRESS_HEADER in src/server/client-ip.ts), after dropping
//    any copy a client sent.
// 2. A graceful stop on SIGTERM/SIGINT (or when the parent process goes away): stop accepting
//    connections, end the live-update streams (clients reconnect to the next server), let every
//    request already running finish — a save in flight commits — then close the database pool
//    and exit 0.
//
// 3. The API without Next's per-request work. In production /api/trpc is answered by the build's
//    dossier-api.mjs (src/server/node-api.ts, bundled by scripts/build-api.mjs): the same handler
//    Next's route calls, minus Next's routing, which cost more CPU than a save itself.
// 4. Less memory: Next takes its configuration from the build (useBuildConfig below).
//
// Started by scripts/serve.ts (what `npm start` runs) with PORT, DATABASE_URL, NEXTAUTH_*.
// Plain JavaScript so it runs under bare `node`, without a TypeScript loader in the app process.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const SOCKET_ADDRESS_HEADER = "x-dossier-socket-address";
/** How long running requests get to finish once a stop is requested. */
const DRAIN_TIMEOUT_MS = Number(process.env.DOSSIER_DRAIN_TIMEOUT_MS ?? 25_000);

const dev = process.argv.includes("--dev");
process.env.NODE_ENV ??= dev ? "development" : "production";
const port = Number(process.env.PORT ?? 3000);
const distDir = join(import.meta.dirname, process.env.NEXT_DIST_DIR ?? ".next");
if (!dev) useBuildConfig();
const { default: next } = await import("next");

const app = next({ dev, dir: import.meta.dirname, port, hostname: "localhost" });
await app.prepare();
const handle = app.getRequestHandler();
const api = dev ? null : await loadApi();

/**
 * Next's configuration as the build resolved it, instead of next.config.ts: reading the
 * TypeScript file means loading Next's SWC compiler, 37 MB of resident memory that a production
 * server then keeps for nothing. This is what Next's own standalone server does. Without a build
 * (the file is missing) Next reads next.config.ts and reports the missing build itself.
 */
function useBuildConfig() {
  const file = join(distDir, "required-server-files.json");
  if (!existsSync(file)) return;
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(
    JSON.parse(readFileSync(file, "utf8")).config,
  );
}

/** The bundled API handler, or null (then Next's own route answers /api/trpc, as in dev). */
async function loadApi() {
  const file = join(distDir, "dossier-api.mjs");
  if (existsSync(file)) return import(pathToFileURL(file).href);
  console.warn(`${file} is missing (build with \`pnpm build\`): Next will answer the API, more slowly`);
  return null;
}

/** Requests being answered, live streams excluded. */
const running = new Set();
/** Live-update streams (tRPC subscriptions over server-sent events): they never end on their own. */
const streams = new Set();
let stopping = false;

const isLiveStream = (req) => req.method === "GET" && /^\/api\/trpc\/live\./.test(req.url ?? "");

const server = createServer((req, res) => {
  delete req.headers[SOCKET_ADDRESS_HEADER];
  const peer = req.socket.remoteAddress;
  if (peer) req.headers[SOCKET_ADDRESS_HEADER] = peer;
  if (stopping) res.setHeader("Connection", "close");
  const bucket = isLiveStream(req) ? streams : running;
  bucket.add(res);
  res.once("close", () => bucket.delete(res));
  const answer = api?.isApiRequest(req.url) ? api.handleApiRequest(req, res) : handle(req, res);
  answer.catch((error) => {
    console.error("request failed", error);
    if (!res.headersSent) res.writeHead(500).end();
    else res.destroy();
  });
});
if (dev) server.on("upgrade", app.getUpgradeHandler());

server.listen(port, () => console.log(`Dossier web server listening on port ${port}${dev ? " (dev)" : ""}`));

async function stop(reason) {
  if (stopping) return;
  stopping = true;
  console.log(`Stopping (${reason}): finishing ${running.size} request(s)…`);
  server.close();
  // A live stream is a request that never finishes: cut it, and the browser reconnects later.
  for (const res of streams) res.destroy();
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  while (running.size > 0 && Date.now() < deadline) {
    server.closeIdleConnections();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (running.size > 0)
    console.warn(`Stopping with ${running.size} request(s) unfinished after the drain timeout`);
  server.closeAllConnections();
  await app.close().catch((error) => console.error(error));
  // The app's Prisma client (packages/db getPrisma) is cached on globalThis.
  await globalThis.__dossierPrisma?.$disconnect().catch((error) => console.error(error));
  console.log("Stopped.");
  process.exit(0);
}

for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(signal, () => void stop(signal));
// The parent (scripts/serve.ts) went away without stopping us (it was killed): stop too.
process.on("disconnect", () => void stop("parent exited"));
