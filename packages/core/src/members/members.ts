import type { BriefRole, OrgRole } from "@dossier/db";
import { assertBriefNotArchived } from "../access/archived.ts";
import { assertCanReadBrief } from "../access/brief-access.ts";
import { assertBriefKeepsManager } from "../access/keep-managers.ts";
import { canEditBrief } from "../access/roles.ts";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";

/** Everyone on a brief, for the share dialog, owner pickers and (later) @mentions. */
export async function listMembers(db: Db, actor: Actor, briefId: string) {
  await assertCanReadBrief(db, actor, briefId);
  const rows = await db.briefMember.findMany({
    where: { briefId },
    orderBy: { user: { name: "asc" } },
    select: { role: true, user: { select: { id: true, name: true, email: true, role: true } } },
  });
  return rows.map((r) => ({ ...r.user, orgRole: r.user.role, role: r.role }));
}

async function assertCanManageMembers(db: Db, actor: Actor, briefId: string) {
  const level = await assertCanReadBrief(db, actor, briefId);
  if (!canEditBrief(level))
    throw new AppError("FORBIDDEN", "Only the brief's editors can change who has access");
  await assertBriefNotArchived(db, briefId);
}

/** The brief role someone gets when none is chosen: the most their organisation role allows. */
export const defaultBriefRole = (orgRole: OrgRole): BriefRole => (orgRole === "ADMIN" ? "EDITOR" : orgRole);

/**
 * Adds a colleague by email, or changes their role if already a member. Without a role they get
 * `defaultBriefRole` of their org role (an org editor joins as Editor, not Reviewer).
 */
export async function setMember(
  db: Db,
  actor: Actor,
  input: { briefId: string; email: string; role?: BriefRole | undefined },
) {
  await assertCanManageMembers(db, actor, input.briefId);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true, name: true, deactivated: true, role: true },
    });
    if (!user || user.deactivated) throw new AppError("NOT_FOUND", `No active account for ${input.email}`);
    const role = input.role ?? defaultBriefRole(user.role);
    const before = await tx.briefMember.findUnique({
      where: { briefId_userId: { briefId: input.briefId, userId: user.id } },
      select: { role: true },
    });
    await assertBriefKeepsManager(tx, input.briefId, { userId: user.id, role }, actor.id);
    await tx.briefMember.upsert({
      where: { briefId_userId: { briefId: input.briefId, userId: user.id } },
      create: { briefId: input.briefId, userId: user.id, role },
      update: { role },
    });
    await recordAudit(tx, actor, {
      action: "member.set",
      briefId: input.briefId,
      targetId: user.id,
      data: { name: user.name, email: input.email, role, previousRole: before?.role ?? null },
    });
    return { userId: user.id, role };
  });
}

export async function removeMember(db: Db, actor: Actor, input: { briefId: string; userId: string }) {
  await assertCanManageMembers(db, actor, input.briefId);
  return db.$transaction(async (tx) => {
    const target = await tx.briefMember.findUnique({
      where: { briefId_userId: { briefId: input.briefId, userId: input.userId } },
      select: { role: true, user: { select: { name: true, email: true } } },
    });
    if (!target) throw new AppError("NOT_FOUND", "Not a member of this brief");
    await assertBriefKeepsManager(tx, input.briefId, { userId: input.userId, role: null }, actor.id);
    await tx.briefMember.delete({
      where: { briefId_userId: { briefId: input.briefId, userId: input.userId } },
    });
    await recordAudit(tx, actor, {
      action: "member.remove",
      briefId: input.briefId,
      targetId: input.userId,
      // Who it was, by name, so the activity feed reads "removed Omar Analyst".
      data: { name: target.user.name, email: target.user.email, previousRole: target.role },
    });
    return { userId: input.userId };
  });
}
