import { listMyWork } from "@dossier/core";
import { protectedProcedure, router } from "../../trpc.ts";

export const workRouter = router({
  /** My work: sections I own, reviews waiting for me, threads with news for me. */
  mine: protectedProcedure.query(({ ctx }) => listMyWork(ctx.db, ctx.user)),
});
