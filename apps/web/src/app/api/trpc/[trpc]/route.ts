import { appRouter } from "@dossier/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { NextRequest } from "next/server";
import { getActorFromRequest } from "@/server/auth.ts";
import { clientIp } from "@/server/client-ip.ts";
import { db } from "@/server/db.ts";
import { ensureLiveBus } from "@/server/live.ts";
import {
  appOrigins,
  batchProblem,
  crossSiteProblem,
  readCappedBody,
  refusalResponse,
} from "@/server/request-guards.ts";

// Links in invites use the configured public URL, never the request's Host header (which a
// client chooses): a forged Host must not put someone else's domain into an invite email.
const appUrl = (req: NextRequest) => process.env.NEXTAUTH_URL ?? req.nextUrl.origin;

/**
 * The tRPC endpoint. Before tRPC parses anything: cross-site POSTs, oversized batches and bodies
 * are refused (request-guards.ts). Responses are never cached: they are one user's data.
 */
const handler = async (req: NextRequest) => {
  const batch = req.nextUrl.searchParams.get("batch") === "1";
  const refused = crossSiteProblem(req, appOrigins(req, process.env.NEXTAUTH_URL)) ?? batchProblem(req.url);
  if (refused) return refusalResponse(refused, batch);

  let request: Request = req;
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
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: async () => ({
      db,
      user: await getActorFromRequest(req),
      meta: { ip: clientIp(req.headers), appUrl: appUrl(req) },
    }),
    // Unexpected errors are logged (with an error id) where they are mapped: packages/api/src/errors.ts.
    responseMeta: () => ({ headers: new Headers({ "cache-control": "no-store" }) }),
  });
};

export { handler as GET, handler as POST };
