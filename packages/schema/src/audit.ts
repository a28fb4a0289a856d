import { z } from "zod";
import { idSchema } from "./common.ts";

/**
 * Every kind of change the audit log records. A mutation that writes no audit event fails the
 * router-wide test (packages/api/src/routers/audit/audit-coverage.int.test.ts, scenarios in audit-scenarios.ts).
 */
export const AUDIT_ACTIONS = [
  "session.signIn",
  "session.signOut",
  "session.signOutEverywhere",
  "brief.create",
  "brief.import",
  "brief.update",
  "brief.archive",
  "brief.unarchive",
  "brief.delete",
  "section.setOwner",
  "section.saveFacts",
  "member.set",
  "member.remove",
  "section.save",
  "revision.restore",
  "revision.resolveConflict",
  "version.create",
  "review.request",
  "review.approve",
  "review.sendBack",
  "review.markNotApplicable",
  "review.reopen",
  "brief.publish",
  "freshness.set",
  "thread.create",
  "thread.setStatus",
  "comment.reply",
  "comment.update",
  "comment.delete",
  "notifications.markRead",
  "user.invite",
  "invite.resend",
  "invite.revoke",
  "invite.accept",
  "user.create",
  "user.setRole",
  "user.deactivate",
  "user.reactivate",
  "profile.update",
  "profile.changePassword",
] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

const pageFields = {
  /** The last event id of the previous page (keyset pagination, newest first). */
  cursor: idSchema.nullish(),
  limit: z.number().int().min(1).max(100).default(50),
};

export const listAuditSchema = z
  .object({
    actorId: idSchema.optional(),
    briefId: idSchema.optional(),
    action: auditActionSchema.optional(),
    /** Inclusive bounds on the event time. */
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    ...pageFields,
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: "The start date must be before the end date",
    path: ["from"],
  });
export type ListAuditInput = z.infer<typeof listAuditSchema>;

export const briefActivitySchema = z.object({ briefId: idSchema, ...pageFields });
export type BriefActivityInput = z.infer<typeof briefActivitySchema>;
