import { appRouter } from "@dossier/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { clientIp } from "./client-ip.ts";
import { db } from "./db.ts";
import { ensureLiveBus } from "./live.ts";
import {
  appOrigins,
  batchProblem,
  crossSiteProblem,
  readCappedBody,
  refusalResponse,
} from "./request-guards.ts";
import { actorFromHeaders } from "./session-actor.ts";

export const TRPC_ENDPOINT = "/api/trpc";

// Links in invites use the configured public URL, never the request's Host header (which a
// client chooses): a forged Host must not put someone else's domain into an invite email.
const appUrl = (req: Request) => process.env.NEXTAUTH_URL ?? new URL(req.url).origin;

/**
 * One tRPC request, as a fetch Request → Response. Before tRPC parses anything: cross-site POSTs,
 * oversized batches and bodies are refused (request-guards.ts). Responses are never cached: they
 * are one user's data. Framework-free on purpose: Next's route handler calls it (dev, `next
 * start`), and in production the Dossier server calls it directly (node-api.ts), skipping Next's
 * per-request routing on the app's hottest path, the save.
 */
export async function handleTrpcRequest(req: Request): Promise<Response> {
  const batch = new URL(req.url).searchParams.get("batch") === "1";
  const refused = crossSiteProblem(req, appOrigins(req, process.env.NEXTAUTH_URL)) ?? batchProblem(req.url);
  if (refused) return refusalResponse(refused, batch);

  let request = req;
  if (req.method === "POST") {
    const read = await readCappedBody(req);
    if ("refusal" in read) return refusalResponse(read.refusal, batch);
    request = new Request(req.url, {
      method: "POST",
      headers: req.headers,
      body: read.body,
      signal: req.signal,
    });
  }

  await ensureLiveBus();
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req: request,
    router: appRouter,
    createContext: async () => ({
      db,
      user: await actorFromHeaders(req.headers),
      meta: { ip: clientIp(req.headers), appUrl: appUrl(req) },
    }),
    // Unexpected errors are logged (with an error id) where they are mapped: packages/api/src/errors.ts.
    responseMeta: () => ({ headers: new Headers({ "cache-control": "no-store" }) }),
  });
}
