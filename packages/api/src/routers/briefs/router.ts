import {
  briefsForCountry,
  createBrief,
  deleteBrief,
  getBrief,
  listBriefs,
  setBriefArchived,
  updateBrief,
} from "@dossier/core";
import {
  archiveBriefSchema,
  briefsForCountrySchema,
  createBriefSchema,
  deleteBriefSchema,
  getBriefSchema,
  listBriefsSchema,
  updateBriefSchema,
} from "@dossier/schema";
import { protectedProcedure, router } from "../../trpc.ts";
import { importMarkdown, importPreview } from "./import.ts";
import { membersRouter } from "./members.ts";

export const briefsRouter = router({
  list: protectedProcedure
    .input(listBriefsSchema)
    .query(({ ctx, input }) => listBriefs(ctx.db, ctx.user, input)),
  archive: protectedProcedure
    .input(archiveBriefSchema)
    .mutation(({ ctx, input }) => setBriefArchived(ctx.db, ctx.user, input)),
  delete: protectedProcedure
    .input(deleteBriefSchema)
    .mutation(({ ctx, input }) => deleteBrief(ctx.db, ctx.user, input)),
  get: protectedProcedure
    .input(getBriefSchema)
    .query(({ ctx, input }) => getBrief(ctx.db, ctx.user, input.briefId)),
  members: membersRouter,
  create: protectedProcedure
    .input(createBriefSchema)
    .mutation(({ ctx, input }) => createBrief(ctx.db, ctx.user, input)),
  update: protectedProcedure
    .input(updateBriefSchema)
    .mutation(({ ctx, input }) => updateBrief(ctx.db, ctx.user, input)),
  forCountry: protectedProcedure
    .input(briefsForCountrySchema)
    .query(({ ctx, input }) => briefsForCountry(ctx.db, ctx.user, input.country)),
  importPreview,
  import: importMarkdown,
});
