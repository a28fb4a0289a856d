import { createHash, randomBytes } from "node:crypto";

/** How long an invite link works. Resending makes a new link with a fresh week. */
export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** 256 random bits: unguessable, so the link alone is the credential. */
export const newInviteToken = () => randomBytes(32).toString("base64url");

/** Only this is stored: a database leak doesn't hand out working sign-up links. */
export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const inviteLink = (appUrl: string, token: string) => new URL(`/invite/${token}`, appUrl).toString();

export type InviteState = "PENDING" | "EXPIRED" | "ACCEPTED" | "REVOKED";

export function inviteState(
  invite: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now = new Date(),
): InviteState {
  if (invite.acceptedAt) return "ACCEPTED";
  if (invite.revokedAt) return "REVOKED";
  return invite.expiresAt <= now ? "EXPIRED" : "PENDING";
}
