import {
  compareRevisions,
  getRevision,
  listRevisions,
  resolveConflict,
  restoreRevision,
} from "@dossier/core";
import {
  compareRevisionsSchema,
  getRevisionSchema,
  listRevisionsSchema,
  resolveConflictSchema,
  restoreRevisionSchema,
} from "@dossier/schema";
import { protectedProcedure, router } from "../../trpc.ts";

export const revisionsRouter = router({
  list: protectedProcedure
    .input(listRevisionsSchema)
    .query(({ ctx, input }) => listRevisions(ctx.db, ctx.user, input)),
  get: protectedProcedure
    .input(getRevisionSchema)
    .query(({ ctx, input }) => getRevision(ctx.db, ctx.user, input.revisionId)),
  compare: protectedProcedure
    .input(compareRevisionsSchema)
    .query(({ ctx, input }) => compareRevisions(ctx.db, ctx.user, input)),
  restore: protectedProcedure
    .input(restoreRevisionSchema)
    .mutation(({ ctx, input }) => restoreRevision(ctx.db, ctx.user, input)),
  resolveConflict: protectedProcedure
    .input(resolveConflictSchema)
    .mutation(({ ctx, input }) => resolveConflict(ctx.db, ctx.user, input)),
});
