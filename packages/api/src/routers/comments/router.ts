import {
  createThread,
  deleteComment,
  editComment,
  listBriefThreads,
  listSectionThreads,
  replyToThread,
  setThreadStatus,
} from "@dossier/core";
import {
  commentIdSchema,
  createThreadSchema,
  editCommentSchema,
  listBriefThreadsSchema,
  listSectionThreadsSchema,
  replySchema,
  setThreadStatusSchema,
} from "@dossier/schema";
import { protectedProcedure, router } from "../../trpc.ts";

export const commentsRouter = router({
  listForSection: protectedProcedure
    .input(listSectionThreadsSchema)
    .query(({ ctx, input }) => listSectionThreads(ctx.db, ctx.user, input.sectionId)),
  listForBrief: protectedProcedure
    .input(listBriefThreadsSchema)
    .query(({ ctx, input }) => listBriefThreads(ctx.db, ctx.user, input)),
  createThread: protectedProcedure
    .input(createThreadSchema)
    .mutation(({ ctx, input }) => createThread(ctx.db, ctx.user, input)),
  reply: protectedProcedure
    .input(replySchema)
    .mutation(({ ctx, input }) => replyToThread(ctx.db, ctx.user, input)),
  update: protectedProcedure
    .input(editCommentSchema)
    .mutation(({ ctx, input }) => editComment(ctx.db, ctx.user, input)),
  delete: protectedProcedure
    .input(commentIdSchema)
    .mutation(({ ctx, input }) => deleteComment(ctx.db, ctx.user, input.commentId)),
  setStatus: protectedProcedure
    .input(setThreadStatusSchema)
    .mutation(({ ctx, input }) => setThreadStatus(ctx.db, ctx.user, input)),
});
