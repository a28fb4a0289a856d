import { heartbeat, leave, listPresence } from "@dossier/core";
import { getBriefSchema, leavePresenceSchema, presenceSchema } from "@dossier/schema";
import { protectedProcedure, router } from "../../trpc.ts";

/** Not audited (see packages/core/src/presence/presence.ts): presence is not a change of record. */
export const presenceRouter = router({
  list: protectedProcedure
    .input(getBriefSchema)
    .query(({ ctx, input }) => listPresence(ctx.db, ctx.user, input.briefId)),
  heartbeat: protectedProcedure
    .input(presenceSchema)
    .mutation(({ ctx, input }) => heartbeat(ctx.db, ctx.user, input)),
  leave: protectedProcedure
    .input(leavePresenceSchema)
    .mutation(({ ctx, input }) => leave(ctx.db, ctx.user, input)),
});
