import { type Prisma, rawTable } from "@dossier/db";
import type { AuditAction } from "@dossier/schema";
import type { Actor, DbClient } from "../actor.ts";
import { newRowId } from "../ids.ts";

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
  // Raw SQL: every save writes one, and Prisma's create cost about twice the CPU. The columns and
  // their values are exactly what `auditEvent.create` wrote (createdAt from this clock, as Prisma's
  // @default(now()) does, so events of one transaction keep their order).
  await tx.$executeRaw`
    INSERT INTO ${rawTable(tx, "AuditEvent")}
      (id, "createdAt", "actorId", "actorName", action, "briefId", "sectionId", "targetId", ip, data)
    VALUES (${newRowId()}, ${new Date()}, ${actor.id}, ${actor.name}, ${event.action}, ${event.briefId ?? null},
      ${event.sectionId ?? null}, ${event.targetId ?? null}, ${actor.ip ?? null},
      ${event.data === undefined ? null : JSON.stringify(event.data)}::jsonb)`;
}
