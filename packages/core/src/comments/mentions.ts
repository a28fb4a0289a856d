import type { NotificationKind } from "@dossier/db";
import type { Actor, DbClient } from "../actor.ts";
import { AppError } from "../errors.ts";

/** Mentions must name people who can see the brief: anyone else gets an error, not a silent drop. */
export async function checkMentions(db: DbClient, briefId: string, userIds: string[]): Promise<string[]> {
  const unique = [...new Set(userIds)];
  const readers = await briefReaders(db, briefId, unique);
  if (unique.some((id) => !readers.has(id)))
    throw new AppError("BAD_REQUEST", "You can only mention people on this brief");
  return unique;
}

type Recipient = { userId: string; kind: NotificationKind };

/**
 * Who hears about a new comment: mentioned people (MENTION wins over anything else), then the
 * thread's participants (REPLY) or the section's owner (NEW_THREAD). Never the actor themself.
 */
export function recipientsFor(
  actor: Actor,
  mentioned: string[],
  others: { userId: string; kind: NotificationKind }[],
): Recipient[] {
  const byUser = new Map<string, NotificationKind>();
  for (const userId of mentioned) byUser.set(userId, "MENTION");
  for (const other of others) if (!byUser.has(other.userId)) byUser.set(other.userId, other.kind);
  byUser.delete(actor.id);
  return [...byUser].map(([userId, kind]) => ({ userId, kind }));
}

/**
 * Of `userIds`, those who can open the brief now: active members, and active admins (who see every
 * brief). A notification quotes the comment, so nobody else may get one — not a thread participant
 * or a section owner who has since been removed from the brief.
 */
export async function briefReaders(db: DbClient, briefId: string, userIds: string[]): Promise<Set<string>> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return new Set();
  const users = await db.user.findMany({
    where: {
      id: { in: unique },
      deactivated: false,
      OR: [{ role: "ADMIN" }, { memberships: { some: { briefId } } }],
    },
    select: { id: true },
  });
  return new Set(users.map((u) => u.id));
}

export async function writeCommentSideEffects(
  tx: DbClient,
  actor: Actor,
  comment: { id: string; threadId: string; briefId: string },
  mentioned: string[],
  others: { userId: string; kind: NotificationKind }[],
): Promise<string[]> {
  if (mentioned.length) {
    await tx.commentMention.createMany({
      data: mentioned.map((userId) => ({ commentId: comment.id, userId })),
    });
  }
  const candidates = recipientsFor(actor, mentioned, others);
  const readers = await briefReaders(
    tx,
    comment.briefId,
    candidates.map((r) => r.userId),
  );
  const recipients = candidates.filter((r) => readers.has(r.userId));
  if (recipients.length) {
    await tx.notification.createMany({
      data: recipients.map((r) => ({
        userId: r.userId,
        kind: r.kind,
        actorId: actor.id,
        threadId: comment.threadId,
        commentId: comment.id,
      })),
    });
  }
  return recipients.map((r) => r.userId);
}
