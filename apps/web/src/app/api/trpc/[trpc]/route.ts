import { appRouter } from "@dossier/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { NextRequest } from "next/server";
import { getActorFromRequest } from "@/server/auth.ts";
import { db } from "@/server/db.ts";
import { ensureLiveBus } from "@/server/live.ts";

const handler = async (req: NextRequest) => {
  await ensureLiveBus();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => ({ db, user: await getActorFromRequest(req) }),
    onError({ error, path }) {
      // Unexpected failures are logged here and reach the client only as a bare 500.
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`tRPC ${path ?? "?"} failed`, error.cause ?? error);
    },
  });
};

export { handler as GET, handler as POST };
