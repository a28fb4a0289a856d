import type { InviteUserInput, ResendInviteInput } from "@dossier/schema";
import type { Actor, Db, DbClient, RequestMeta } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";
import { type Delivery, sendMail } from "../mail/mailer.ts";
import {
  hashInviteToken,
  INVITE_LIFETIME_MS,
  inviteLink,
  inviteState,
  newInviteToken,
} from "./invite-token.ts";
import { assertAdmin } from "./list-users.ts";

const inviteSelect = { id: true, email: true, role: true, expiresAt: true, createdAt: true } as const;

/** A fresh token for an invite row: the old link stops working. */
function freshToken() {
  const token = newInviteToken();
  return { token, tokenHash: hashInviteToken(token), expiresAt: new Date(Date.now() + INVITE_LIFETIME_MS) };
}

async function deliver(actor: Actor, email: string, link: string): Promise<Delivery> {
  return sendMail({
    to: email,
    subject: `${actor.name} invited you to Dossier`,
    text:
      `${actor.name} invited you to Dossier, where the team writes and reviews country briefs.\n\n` +
      `Choose your name and password here (the link works once, for 7 days):\n${link}\n`,
  });
}

async function assertNoAccount(tx: DbClient, email: string) {
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new AppError("CONFLICT", `${email} already has an account`);
}

/**
 * Invites a colleague by email: a one-time sign-up link that expires. The link is returned for the
 * admin to copy, and emailed when SMTP is configured. Inviting an email that already has a
 * pending invite renews that invite (new link, new role, a fresh week) instead of adding another.
 */
export async function createInvite(db: Db, actor: Actor, input: InviteUserInput, meta: RequestMeta) {
  assertAdmin(actor, "invite people");
  const { token, ...secret } = freshToken();
  const invite = await db.$transaction(async (tx) => {
    await assertNoAccount(tx, input.email);
    const pending = await tx.invite.findFirst({
      where: { email: input.email, acceptedAt: null, revokedAt: null },
      select: { id: true },
    });
    const data = { ...secret, role: input.role, invitedById: actor.id };
    const invite = pending
      ? await tx.invite.update({ where: { id: pending.id }, data, select: inviteSelect })
      : await tx.invite.create({ data: { ...data, email: input.email }, select: inviteSelect });
    await recordAudit(tx, actor, {
      action: "user.invite",
      targetId: invite.id,
      data: { email: input.email, role: input.role, renewed: pending !== null },
    });
    return invite;
  });
  const link = inviteLink(meta.appUrl, token);
  return { invite, link, delivery: await deliver(actor, invite.email, link) };
}

async function loadOpenInvite(tx: DbClient, inviteId: string) {
  const invite = await tx.invite.findUnique({
    where: { id: inviteId },
    select: { ...inviteSelect, acceptedAt: true, revokedAt: true },
  });
  if (!invite) throw new AppError("NOT_FOUND", "Invite not found");
  const state = inviteState(invite);
  if (state === "ACCEPTED") throw new AppError("BAD_REQUEST", `${invite.email} has already signed up`);
  if (state === "REVOKED") throw new AppError("BAD_REQUEST", "This invite was revoked; invite them again");
  return invite;
}

/**
 * A new link for a pending or expired invite (the previous link stops working, and the week starts
 * again), emailed unless `notify` is false: then it is only shown to the admin to copy.
 */
export async function resendInvite(db: Db, actor: Actor, input: ResendInviteInput, meta: RequestMeta) {
  assertAdmin(actor, "invite people");
  const { token, ...secret } = freshToken();
  const invite = await db.$transaction(async (tx) => {
    const open = await loadOpenInvite(tx, input.inviteId);
    await assertNoAccount(tx, open.email);
    const invite = await tx.invite.update({
      where: { id: open.id },
      data: { ...secret, invitedById: actor.id },
      select: inviteSelect,
    });
    await recordAudit(tx, actor, {
      action: "invite.resend",
      targetId: invite.id,
      data: { email: invite.email, role: invite.role, notify: input.notify },
    });
    return invite;
  });
  const link = inviteLink(meta.appUrl, token);
  const delivery: Delivery | "not-requested" = input.notify
    ? await deliver(actor, invite.email, link)
    : "not-requested";
  return { invite, link, delivery };
}

/** Withdraws an invite: its link stops working. */
export async function revokeInvite(db: Db, actor: Actor, input: { inviteId: string }) {
  assertAdmin(actor, "revoke invites");
  return db.$transaction(async (tx) => {
    const open = await loadOpenInvite(tx, input.inviteId);
    await tx.invite.update({ where: { id: open.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, actor, {
      action: "invite.revoke",
      targetId: open.id,
      data: { email: open.email, role: open.role },
    });
    return { inviteId: open.id };
  });
}

/** Invites nobody has used or revoked yet, newest first; expired ones say so (resend renews them). */
export async function listInvites(db: Db, actor: Actor) {
  assertAdmin(actor, "see invites");
  const rows = await db.invite.findMany({
    where: { acceptedAt: null, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { ...inviteSelect, invitedBy: { select: { id: true, name: true } } },
  });
  const now = new Date();
  return rows.map((invite) => ({
    ...invite,
    status: invite.expiresAt <= now ? ("EXPIRED" as const) : ("PENDING" as const),
  }));
}
