import { importBrief, previewImport } from "@dossier/core";
import { importBriefSchema, importPreviewSchema } from "@dossier/schema";
import { protectedProcedure } from "../../trpc.ts";

/**
 * A Markdown file → a preview of where its text lands, then the brief. The preview writes
 * nothing but is a mutation all the same: a whole brief's text is too large for a GET URL.
 */
export const importPreview = protectedProcedure
  .input(importPreviewSchema)
  .mutation(({ ctx, input }) => previewImport(ctx.db, ctx.user, input));

export const importMarkdown = protectedProcedure
  .input(importBriefSchema)
  .mutation(({ ctx, input }) => importBrief(ctx.db, ctx.user, input));
