import { canDecideScope, canRequestReview, reviewRefusal } from "../access/review-rules.ts";
import type { Actor, Db } from "../actor.ts";
import { loadReviewContext } from "./review-context.ts";

/**
 * A section's review state for its header bar: status, reviewer, due date, last approval, the
 * reader's last-read revision, and what the reader may do now (the same rules the transitions
 * enforce, so buttons only show when they would work).
 */
export async function getSectionReview(db: Db, actor: Actor, sectionId: string, now = new Date()) {
  const ctx = await loadReviewContext(db, actor, sectionId);
  const { section, level } = ctx;
  const [detail, read] = await Promise.all([
    db.section.findUniqueOrThrow({
      where: { id: sectionId },
      select: {
        reviewedAt: true,
        notApplicableReason: true,
        reviewer: { select: { id: true, name: true } },
        approvedBy: { select: { id: true, name: true } },
        approvedRevision: { select: { id: true, number: true } },
      },
    }),
    db.sectionRead.findUnique({
      where: { userId_sectionId: { userId: actor.id, sectionId } },
      select: { revisionId: true, readAt: true },
    }),
  ]);
  const reviewRefused = reviewRefusal(
    level,
    actor.id,
    section.currentRevision?.authorId ?? null,
    ctx.otherReviewers,
  );
  const inReview = section.status === "IN_REVIEW";
  const mayRequest = canRequestReview(level, actor.id, section);
  // An archived brief is read-only: no transition would be accepted, so none is offered.
  const open = !ctx.archived;
  return {
    sectionId,
    status: section.status,
    currentRevisionId: section.currentRevisionId,
    currentNumber: section.currentRevision?.number ?? null,
    reviewDueAt: section.reviewDueAt,
    overdue: inReview && section.reviewDueAt !== null && section.reviewDueAt < now,
    ...detail,
    lastReadRevisionId: read?.revisionId ?? null,
    rights: {
      request: open && mayRequest && section.status === "DRAFT" && section.currentRevisionId !== null,
      review: open && inReview && reviewRefused === null,
      /** Why a reviewer can't review this one (self-approval), for a tooltip. */
      reviewRefusal: inReview && level !== "VIEWER" ? reviewRefused : null,
      markNotApplicable: open && canDecideScope(level) && section.status !== "NOT_APPLICABLE",
      reopen:
        open && ((section.status === "NOT_APPLICABLE" && canDecideScope(level)) || (inReview && mayRequest)),
    },
  };
}

/** The review trail of a section, newest first, for its history panel. */
export async function listReviewEvents(db: Db, actor: Actor, sectionId: string) {
  await loadReviewContext(db, actor, sectionId);
  return db.sectionReviewEvent.findMany({
    where: { sectionId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      kind: true,
      createdAt: true,
      note: true,
      dueAt: true,
      threadId: true,
      actor: { select: { id: true, name: true } },
      reviewer: { select: { id: true, name: true } },
      revision: { select: { id: true, number: true } },
    },
  });
}

/**
 * Remembers the revision the reader has now seen ("changes since I last read"). Not a change of
 * record, so not audited; only the reader's own row is written.
 */
export async function markSectionRead(
  db: Db,
  actor: Actor,
  input: { sectionId: string; revisionId: string },
) {
  const { section } = await loadReviewContext(db, actor, input.sectionId);
  // Only the section's current revision counts as read: a stale tab can't move the mark back.
  if (section.currentRevisionId !== input.revisionId) return { marked: false };
  await db.sectionRead.upsert({
    where: { userId_sectionId: { userId: actor.id, sectionId: section.id } },
    create: { userId: actor.id, sectionId: section.id, revisionId: input.revisionId },
    update: { revisionId: input.revisionId, readAt: new Date() },
  });
  return { marked: true };
}
