import { appRouter } from "@dossier/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { NextRequest } from "next/server";
import { getActorFromRequest } from "@/server/auth.ts";
import { db } from "@/server/db.ts";
import { ensureLiveBus } from "@/server/live.ts";
import {
  appOrigins,
  batchProblem,
  crossSiteProblem,
  readCappedBody,
  refusalResponse,
} from "@/server/request-guards.ts";

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
    createContext: async () => ({ db, user: await getActorFromRequest(req) }),
    // Unexpected errors are logged (with an error id) where they are mapped: packages/api/src/errors.ts.
    responseMeta: () => ({ headers: new Headers({ "cache-control": "no-store" }) }),
  });
};

export { handler as GET, handler as POST };
