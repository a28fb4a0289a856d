import { appRouter } from "@dossier/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { NextRequest } from "next/server";
import { getActorFromRequest } from "@/server/auth.ts";
import { clientIp } from "@/server/client-ip.ts";
import { db } from "@/server/db.ts";
import { ensureLiveBus } from "@/server/live.ts";

// Links in invites use the configured public URL, never the request's Host header (which a
// client chooses): a forged Host must not put someone else's domain into an invite email.
const appUrl = (req: NextRequest) => process.env.NEXTAUTH_URL ?? req.nextUrl.origin;

const handler = async (req: NextRequest) => {
  await ensureLiveBus();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => ({
      db,
      user: await getActorFromRequest(req),
      meta: { ip: clientIp(Object.fromEntries(req.headers.entries())), appUrl: appUrl(req) },
    }),
    onError({ error, path }) {
      // Unexpected failures are logged here and reach the client only as a bare 500.
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`tRPC ${path ?? "?"} failed`, error.cause ?? error);
    },
  });
};

export { handler as GET, handler as POST };
