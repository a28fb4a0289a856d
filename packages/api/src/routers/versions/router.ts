import { compareVersions, getVersion, listVersions, stampVersion } from "@dossier/core";
import { compareVersionsSchema, getBriefSchema, getVersionSchema, stampVersionSchema } from "@dossier/schema";
import { protectedProcedure, router } from "../../trpc.ts";

export const versionsRouter = router({
  list: protectedProcedure
    .input(getBriefSchema)
    .query(({ ctx, input }) => listVersions(ctx.db, ctx.user, input.briefId)),
  get: protectedProcedure
    .input(getVersionSchema)
    .query(({ ctx, input }) => getVersion(ctx.db, ctx.user, input.versionId)),
  create: protectedProcedure
    .input(stampVersionSchema)
    .mutation(({ ctx, input }) => stampVersion(ctx.db, ctx.user, input)),
  compare: protectedProcedure
    .input(compareVersionsSchema)
    .query(({ ctx, input }) => compareVersions(ctx.db, ctx.user, input)),
});
