import { getSectionAccess } from "../access/brief-access.ts";
import type { BriefAccessLevel } from "../access/roles.ts";
import type { Actor, DbClient } from "../actor.ts";
import { AppError } from "../errors.ts";

export type ReviewContext = Awaited<ReturnType<typeof loadReviewContext>>;

/**
 * Everything a review rule looks at for one section: the actor's level, the section's review
 * columns, who wrote its latest revision, how many other members could review it, and whether
 * the brief is archived (its sections' review then stands still, like everything else in it).
 * NOT_FOUND when the actor can't see the brief; BAD_REQUEST for a section that only groups others.
 */
export async function loadReviewContext(db: DbClient, actor: Actor, sectionId: string) {
  const { level, archived } = await getSectionAccess(db, actor, sectionId);
  const section = await db.section.findUniqueOrThrow({
    where: { id: sectionId },
    select: {
      id: true,
      briefId: true,
      key: true,
      title: true,
      isLeaf: true,
      ownerId: true,
      status: true,
      currentRevisionId: true,
      approvedRevisionId: true,
      reviewerId: true,
      reviewDueAt: true,
      currentRevision: { select: { authorId: true, number: true } },
    },
  });
  if (!section.isLeaf)
    throw new AppError("BAD_REQUEST", "This section only groups others; review its subsections");
  const otherReviewers = await countOtherReviewers(db, section.briefId, actor.id);
  return { level: level as BriefAccessLevel, section, otherReviewers, archived };
}

/** Members other than `actorId` whose role (capped by their org role) lets them review. */
export function countOtherReviewers(db: DbClient, briefId: string, actorId: string) {
  return db.briefMember.count({
    where: {
      briefId,
      userId: { not: actorId },
      role: { in: ["EDITOR", "REVIEWER"] },
      user: { deactivated: false, role: { in: ["ADMIN", "EDITOR", "REVIEWER"] } },
    },
  });
}
