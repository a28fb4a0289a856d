import type { AcceptInviteInput } from "@dossier/schema";
import type { Db, DbClient, RequestMeta } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { hashPassword } from "../auth/passwords.ts";
import { AppError } from "../errors.ts";
import { hashInviteToken, inviteState } from "./invite-token.ts";

/** Finds the invite behind a link and says clearly why it can't be used, if it can't. */
async function loadUsableInvite(tx: DbClient, token: string) {
  const invite = await tx.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      invitedBy: { select: { name: true } },
    },
  });
  // A renewed invite's old link lands here too: its hash was replaced.
  if (!invite) throw new AppError("NOT_FOUND", "This invite link isn't valid. Ask your admin for a new one.");
  const state = inviteState(invite);
  if (state === "ACCEPTED")
    throw new AppError("BAD_REQUEST", "This invite has already been used. Sign in instead.");
  if (state === "REVOKED") throw new AppError("BAD_REQUEST", "This invite was withdrawn. Ask your admin.");
  if (state === "EXPIRED")
    throw new AppError("BAD_REQUEST", "This invite has expired. Ask your admin to send a new one.");
  return invite;
}

/** For the sign-up page: who is invited, as what, by whom (anyone holding the link may ask). */
export async function getInvite(db: Db, input: { token: string }) {
  const invite = await loadUsableInvite(db, input.token);
  return {
    email: invite.email,
    role: invite.role,
    expiresAt: invite.expiresAt,
    invitedBy: invite.invitedBy.name,
  };
}

/**
 * The invitee sets their name and password: the account is created with the invited role and the
 * invite is used up, in one transaction — so two tabs submitting the same link make one account.
 */
export async function acceptInvite(db: Db, input: AcceptInviteInput, meta: Pick<RequestMeta, "ip">) {
  const passwordHash = await hashPassword(input.password); // slow on purpose: outside the transaction
  return db.$transaction(async (tx) => {
    const invite = await loadUsableInvite(tx, input.token);
    const claimed = await tx.invite.updateMany({
      where: { id: invite.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (claimed.count !== 1)
      throw new AppError("CONFLICT", "This invite has just been used. Sign in instead.");
    const taken = await tx.user.findUnique({ where: { email: invite.email }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", `${invite.email} already has an account. Sign in instead.`);
    const user = await tx.user.create({
      data: { email: invite.email, name: input.name, role: invite.role, passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
    await tx.invite.update({ where: { id: invite.id }, data: { acceptedUserId: user.id } });
    await recordAudit(
      tx,
      { ...user, ip: meta.ip },
      { action: "invite.accept", targetId: invite.id, data: { email: user.email, role: user.role } },
    );
    return { email: user.email };
  });
}
