import type { ChangePasswordInput } from "@dossier/schema";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { hashPassword, verifyPassword } from "../auth/passwords.ts";
import { endUserSessions } from "../auth/sessions.ts";
import { beginSignInAttempt } from "../auth/sign-in-limiter.ts";
import { AppError } from "../errors.ts";

/** The signed-in person as the client may see them (never the session id or IP). */
export const publicActor = (actor: Actor) => ({
  id: actor.id,
  email: actor.email,
  name: actor.name,
  role: actor.role,
});

/** Changes your own display name. Revisions and comments show the new name from now on. */
export async function updateProfile(db: Db, actor: Actor, input: { name: string }) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: actor.id },
      data: { name: input.name },
      select: { id: true, email: true, name: true, role: true },
    });
    await recordAudit(tx, actor, {
      action: "profile.update",
      targetId: actor.id,
      data: { from: actor.name, to: input.name },
    });
    return user;
  });
}

/**
 * Changes your own password. The current one is required (and wrong guesses count against the
 * sign-in limit, so a borrowed session can't be used to test passwords). Every other session of
 * yours ends; this one stays signed in.
 */
export async function changePassword(db: Db, actor: Actor, input: ChangePasswordInput) {
  // Counted like a sign-in attempt before the check, atomically (see sign-in-limiter.ts).
  const attempt = await beginSignInAttempt(db, actor.email, actor.ip ?? null);
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("BAD_REQUEST", "Your current password isn't right");
  }
  const passwordHash = await hashPassword(input.newPassword);
  const sessionsEnded = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    const ended = await endUserSessions(tx, actor.id, actor.sessionId);
    await recordAudit(tx, actor, {
      action: "profile.changePassword",
      targetId: actor.id,
      data: { otherSessionsEnded: ended },
    });
    return ended;
  });
  await attempt.succeeded();
  return { otherSessionsEnded: sessionsEnded };
}

/** Ends every session of yours, this one included: the client then signs out locally too. */
export async function signOutEverywhere(db: Db, actor: Actor) {
  return db.$transaction(async (tx) => {
    const sessionsEnded = await endUserSessions(tx, actor.id);
    await recordAudit(tx, actor, {
      action: "session.signOutEverywhere",
      targetId: actor.id,
      data: { sessionsEnded },
    });
    return { sessionsEnded };
  });
}
