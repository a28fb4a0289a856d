import { listRevisions } from "@dossier/core";
import { listRevisionsSchema } from "@dossier/schema";
import { protectedProcedure, router } from "../../trpc.ts";

export const revisionsRouter = router({
  list: protectedProcedure.input(listRevisionsSchema).query(({ ctx, input }) => listRevisions(ctx.db, ctx.user, input)),
});
