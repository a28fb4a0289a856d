import { createBrief, getBrief, listBriefs } from "@dossier/core";
import { createBriefSchema, getBriefSchema, listBriefsSchema } from "@dossier/schema";
import { protectedProcedure, router } from "../../trpc.ts";
import { importMarkdown, importPreview } from "./import.ts";
import { membersRouter } from "./members.ts";

export const briefsRouter = router({
  list: protectedProcedure
    .input(listBriefsSchema)
    .query(({ ctx, input }) => listBriefs(ctx.db, ctx.user, input)),
  get: protectedProcedure
    .input(getBriefSchema)
    .query(({ ctx, input }) => getBrief(ctx.db, ctx.user, input.briefId)),
  members: membersRouter,
  create: protectedProcedure
    .input(createBriefSchema)
    .mutation(({ ctx, input }) => createBrief(ctx.db, ctx.user, input)),
  importPreview,
  import: importMarkdown,
});
