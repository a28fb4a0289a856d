import { getSection, saveFacts, saveSection, setSectionOwner } from "@dossier/core";
import { getSectionSchema, saveFactsSchema, saveSectionSchema, setSectionOwnerSchema } from "@dossier/schema";
import { protectedProcedure, router } from "../../trpc.ts";

export const sectionsRouter = router({
  get: protectedProcedure
    .input(getSectionSchema)
    .query(({ ctx, input }) => getSection(ctx.db, ctx.user, input.briefId, input.key)),
  save: protectedProcedure
    .input(saveSectionSchema)
    .mutation(({ ctx, input }) => saveSection(ctx.db, ctx.user, input)),
  saveFacts: protectedProcedure
    .input(saveFactsSchema)
    .mutation(({ ctx, input }) => saveFacts(ctx.db, ctx.user, input)),
  setOwner: protectedProcedure
    .input(setSectionOwnerSchema)
    .mutation(({ ctx, input }) => setSectionOwner(ctx.db, ctx.user, input)),
});
