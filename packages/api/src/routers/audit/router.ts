import { listAudit, listBriefActivity } from "@dossier/core";
import { briefActivitySchema, listAuditSchema } from "@dossier/schema";
import { protectedProcedure, roleProcedure, router } from "../../trpc.ts";

/** The audit log (admins) and a brief's activity feed (its editors). Read-only: rows are append-only. */
export const auditRouter = router({
  list: roleProcedure("ADMIN")
    .input(listAuditSchema)
    .query(({ ctx, input }) => listAudit(ctx.db, ctx.user, input)),
  forBrief: protectedProcedure
    .input(briefActivitySchema)
    .query(({ ctx, input }) => listBriefActivity(ctx.db, ctx.user, input)),
});
