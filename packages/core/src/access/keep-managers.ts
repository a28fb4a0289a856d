import type { BriefRole } from "@dossier/db";
import type { DbClient } from "../actor.ts";
import { AppError } from "../errors.ts";
import { accessLevel, canEditBrief } from "./roles.ts";

/**
 * A brief always keeps a manager, and the organisation an admin. Rights are counted as they take
 * effect: a brief role capped by the org role (a reviewer invited "as editor" can't manage) and
 * only for active accounts. Each check first locks the rows it counts, so two people stepping down
 * at the same moment can't both pass.
 */

/** Active members who can manage the brief (share it, stamp versions): effective EDITOR or ADMIN. */
export async function briefManagers(db: DbClient, briefId: string): Promise<string[]> {
  const members = await db.briefMember.findMany({
    where: { briefId, user: { deactivated: false } },
    select: { userId: true, role: true, user: { select: { role: true } } },
  });
  return members.filter((m) => canEditBrief(accessLevel(m.user.role, m.role))).map((m) => m.userId);
}

/**
 * Refuses a membership change (`role: null` = removal) that would leave the brief with no member
 * who can manage it. A brief that already has none may still be changed (adding an editor fixes it).
 */
export async function assertBriefKeepsManager(
  tx: DbClient,
  briefId: string,
  change: { userId: string; role: BriefRole | null },
  actorId: string,
): Promise<void> {
  // The row lock serialises membership changes of one brief (its team is part of the brief).
  await tx.brief.update({ where: { id: briefId }, data: { updatedAt: new Date() }, select: { id: true } });
  const managers = await briefManagers(tx, briefId);
  if (!managers.includes(change.userId) || managers.length > 1) return;
  const target = await tx.user.findUniqueOrThrow({ where: { id: change.userId }, select: { role: true } });
  if (change.role && canEditBrief(accessLevel(target.role, change.role))) return;
  throw new AppError(
    "BAD_REQUEST",
    change.userId === actorId
      ? "You are the last person who can manage this brief. Make someone else an editor first."
      : "This is the last person who can manage this brief. Make someone else an editor first.",
  );
}
