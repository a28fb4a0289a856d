import type { NotificationKind } from "@dossier/db";
import type { Actor, DbClient } from "../actor.ts";

type ReviewKind = Extract<NotificationKind, "REVIEW_REQUESTED" | "REVIEW_APPROVED" | "CHANGES_REQUESTED">;

/**
 * Writes the bell entries of a review transition and returns who got one (for live events):
 * a request goes to the named reviewer, or to the brief's reviewers when none is named; an
 * approval or a send-back goes to whoever asked for the review and to the section's owner.
 * Never to the actor themself.
 */
export async function notifyReview(
  tx: DbClient,
  actor: Actor,
  section: { id: string; briefId: string; ownerId: string | null },
  kind: ReviewKind,
  reviewerId: string | null = null,
  threadId: string | null = null,
): Promise<string[]> {
  let recipients: (string | null)[];
  if (kind === "REVIEW_REQUESTED") {
    recipients = reviewerId
      ? [reviewerId]
      : (
          await tx.briefMember.findMany({
            where: { briefId: section.briefId, role: "REVIEWER", user: { deactivated: false } },
            select: { userId: true },
          })
        ).map((m) => m.userId);
  } else {
    const request = await tx.sectionReviewEvent.findFirst({
      where: { sectionId: section.id, kind: "REQUESTED" },
      orderBy: { createdAt: "desc" },
      select: { actorId: true },
    });
    recipients = [request?.actorId ?? null, section.ownerId];
  }
  const userIds = [...new Set(recipients.filter((id): id is string => id !== null && id !== actor.id))];
  if (userIds.length === 0) return [];
  await tx.notification.createMany({
    data: userIds.map((userId) => ({ userId, kind, actorId: actor.id, sectionId: section.id, threadId })),
  });
  return userIds;
}
