import type { OrgRole } from "@dossier/db";
import { assertKeepsAnAdmin } from "../access/last-admin.ts";
import type { Actor, Db, DbClient } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { endUserSessions } from "../auth/sessions.ts";
import { AppError } from "../errors.ts";
import { assertAdmin } from "./list-users.ts";

async function loadTarget(tx: DbClient, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, deactivated: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "User not found");
  return user;
}

/**
 * Changes someone's org role. Their sessions end, so every open tab of theirs signs in again and
 * sees the app as the new role sees it. The last active admin can't be demoted.
 */
export async function setUserRole(db: Db, actor: Actor, input: { userId: string; role: OrgRole }) {
  assertAdmin(actor, "change roles");
  return db.$transaction(async (tx) => {
    const target = await loadTarget(tx, input.userId);
    if (target.role === input.role) return { userId: target.id, role: target.role, sessionsEnded: 0 };
    if (input.role !== "ADMIN") await assertKeepsAnAdmin(tx, target.id);
    await tx.user.update({ where: { id: target.id }, data: { role: input.role } });
    const sessionsEnded = await endUserSessions(tx, target.id);
    await recordAudit(tx, actor, {
      action: "user.setRole",
      targetId: target.id,
      data: { name: target.name, email: target.email, from: target.role, to: input.role, sessionsEnded },
    });
    return { userId: target.id, role: input.role, sessionsEnded };
  });
}

/**
 * Deactivates an account: it can't sign in, and every open session of theirs ends now. Their name
 * stays on their revisions and comments. Admins can't deactivate themselves (or the last admin).
 */
export async function deactivateUser(db: Db, actor: Actor, input: { userId: string }) {
  assertAdmin(actor, "deactivate people");
  if (input.userId === actor.id)
    throw new AppError("BAD_REQUEST", "You can't deactivate your own account; ask another admin");
  return db.$transaction(async (tx) => {
    const target = await loadTarget(tx, input.userId);
    if (target.deactivated) throw new AppError("BAD_REQUEST", `${target.name} is already deactivated`);
    await assertKeepsAnAdmin(tx, target.id);
    await tx.user.update({ where: { id: target.id }, data: { deactivated: true } });
    const sessionsEnded = await endUserSessions(tx, target.id);
    // They are gone from "who is here" at once rather than after the presence timeout.
    await tx.presence.deleteMany({ where: { userId: target.id } });
    await recordAudit(tx, actor, {
      action: "user.deactivate",
      targetId: target.id,
      data: { name: target.name, email: target.email, sessionsEnded },
    });
    return { userId: target.id, status: "DEACTIVATED" as const, sessionsEnded };
  });
}

/** Lets a deactivated person sign in again, with the role they had. */
export async function reactivateUser(db: Db, actor: Actor, input: { userId: string }) {
  assertAdmin(actor, "reactivate people");
  return db.$transaction(async (tx) => {
    const target = await loadTarget(tx, input.userId);
    if (!target.deactivated) throw new AppError("BAD_REQUEST", `${target.name} is already active`);
    await tx.user.update({ where: { id: target.id }, data: { deactivated: false } });
    await recordAudit(tx, actor, {
      action: "user.reactivate",
      targetId: target.id,
      data: { name: target.name, email: target.email },
    });
    return { userId: target.id, status: "ACTIVE" as const };
  });
}
