import type { Prisma } from "@dossier/db";
import type { AuditAction } from "@dossier/schema";
import type { Actor, DbClient } from "../actor.ts";

export type AuditEventInput = {
  action: AuditAction;
  briefId?: string | null;
  sectionId?: string | null;
  /** The thing acted on, when it is not the brief or section itself (a user, comment, revision…). */
  targetId?: string | null;
  /**
   * A small summary of what changed: ids, names, roles, counts. Never document or comment text,
   * never a password or token.
   */
  data?: Prisma.InputJsonObject;
};

/** Who the command line is, in the log: `pnpm admin:create` acts before any admin exists. */
export type SystemActor = { id: null; name: string; ip?: null };

/**
 * Appends one audit event. Call it with the transaction that makes the change, so the change and
 * its record commit together or not at all. The table refuses updates and deletes (a trigger).
 */
export async function recordAudit(
  tx: DbClient,
  actor: Actor | SystemActor,
  event: AuditEventInput,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor.id,
      actorName: actor.name,
      ip: actor.ip ?? null,
      action: event.action,
      briefId: event.briefId ?? null,
      sectionId: event.sectionId ?? null,
      targetId: event.targetId ?? null,
      data: event.data,
    },
    select: { id: true },
  });
}
