import { handleTrpcRequest } from "@/server/trpc-request.ts";

/**
 * The tRPC endpoint under Next (the dev server, `next start`). The production server
 * (apps/web/server.mjs) answers /api/trpc itself through server/node-api.ts, with the same handler.
 */
const handler = (req: Request) => handleTrpcRequest(req);

export { handler as GET, handler as POST };
