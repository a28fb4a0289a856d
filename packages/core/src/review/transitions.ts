import type { Prisma } from "@dossier/db";
import type {
  ApproveSectionInput,
  MarkNotApplicableInput,
  RequestReviewInput,
  SendBackInput,
} from "@dossier/schema";
import { archivedError } from "../access/archived.ts";
import { canDecideScope, canRequestReview, reviewRefusal } from "../access/review-rules.ts";
import { accessLevel, canReviewBrief } from "../access/roles.ts";
import type { Actor, Db, DbClient } from "../actor.ts";
import { type AuditEventInput, recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";
import { publishReview } from "../live/publish.ts";
import { settleBriefStatus, unpublish } from "./brief-status.ts";
import { notifyReview } from "./notify-review.ts";
import { loadReviewContext, type ReviewContext } from "./review-context.ts";

/*
 * A section's review: DRAFT → IN_REVIEW → APPROVED (or back to DRAFT with a comment), and
 * NOT_APPLICABLE ⇄ DRAFT. Each transition is one transaction: a conditional UPDATE that only
 * succeeds from the expected state (two reviewers clicking at once: one wins, the other is told),
 * a SectionReviewEvent, notifications, the audit event, and the brief's status re-derived from its
 * sections (brief-status.ts). Live events go out after commit.
 */

type Transition = { briefId: string; sectionId: string; notified: string[] };

async function run<T extends Transition>(db: Db, work: (tx: DbClient) => Promise<T>): Promise<T> {
  const result = await db.$transaction(async (tx) => {
    const done = await work(tx);
    await settleBriefStatus(tx, done.briefId);
    return done;
  });
  await publishReview(db, result, result.notified);
  return result;
}

/**
 * The review context for a transition. An archived brief is read-only (issue 9): its sections
 * can't be sent for review, approved, sent back, scoped out or reopened until it is restored.
 */
async function loadForChange(tx: DbClient, actor: Actor, sectionId: string): Promise<ReviewContext> {
  const ctx = await loadReviewContext(tx, actor, sectionId);
  if (ctx.archived) throw archivedError();
  return ctx;
}

/** The section moved under us: say what it is now rather than a generic failure. */
function changedMeanwhile(): AppError {
  return new AppError("CONFLICT", "This section's review changed meanwhile; look again");
}

/** Owner or editor asks for a review, optionally of one member, optionally by a date. */
export async function requestReview(db: Db, actor: Actor, input: RequestReviewInput) {
  return run(db, async (tx) => {
    const ctx = await loadForChange(tx, actor, input.sectionId);
    const { section } = ctx;
    if (!canRequestReview(ctx.level, actor.id, section))
      throw new AppError("FORBIDDEN", "Only the section's owner or the brief's editors can request a review");
    if (section.status !== "DRAFT" && section.status !== "IN_REVIEW")
      throw new AppError("BAD_REQUEST", "Only a draft section can be sent for review");
    if (!section.currentRevisionId)
      throw new AppError("BAD_REQUEST", "Write something before asking for a review");
    const reviewerId = input.reviewerId ?? null;
    if (reviewerId) await assertCanBeReviewer(tx, section.briefId, reviewerId);
    const dueAt = input.dueAt ? endOfDayUtc(input.dueAt) : null;
    const { count } = await tx.section.updateMany({
      where: { id: section.id, status: section.status, currentRevisionId: section.currentRevisionId },
      data: { status: "IN_REVIEW", reviewerId, reviewDueAt: dueAt },
    });
    if (count === 0) throw changedMeanwhile();
    const notified = await notifyReview(tx, actor, section, "REVIEW_REQUESTED", reviewerId);
    await recordStep(
      tx,
      actor,
      section,
      {
        kind: "REQUESTED",
        revisionId: section.currentRevisionId,
        reviewerId,
        dueAt,
      },
      {
        action: "review.request",
        targetId: reviewerId,
        data: {
          revision: section.currentRevision?.number ?? null,
          reviewerId,
          dueAt: dueAt?.toISOString() ?? null,
        },
      },
    );
    return { briefId: section.briefId, sectionId: section.id, notified };
  });
}

/** A reviewer approves the revision they read; it must still be the current one. */
export async function approveSection(db: Db, actor: Actor, input: ApproveSectionInput) {
  return run(db, async (tx) => {
    const ctx = await loadForChange(tx, actor, input.sectionId);
    const { section } = assertMayReview(ctx, actor);
    if (section.currentRevisionId !== input.revisionId)
      throw new AppError("CONFLICT", "The section changed since you opened it; read the new revision first");
    const now = new Date();
    const { count } = await tx.section.updateMany({
      where: { id: section.id, status: "IN_REVIEW", currentRevisionId: input.revisionId },
      data: {
        status: "APPROVED",
        approvedRevisionId: input.revisionId,
        approvedById: actor.id,
        reviewedAt: now,
        reviewDueAt: null,
      },
    });
    if (count === 0) throw changedMeanwhile();
    const notified = await notifyReview(tx, actor, section, "REVIEW_APPROVED");
    await recordStep(
      tx,
      actor,
      section,
      {
        kind: "APPROVED",
        revisionId: input.revisionId,
      },
      {
        action: "review.approve",
        targetId: input.revisionId,
        data: { revision: section.currentRevision?.number ?? null },
      },
    );
    return { briefId: section.briefId, sectionId: section.id, notified };
  });
}

/** A reviewer sends the section back to draft; the comment becomes a thread on the section. */
export async function sendBackSection(db: Db, actor: Actor, input: SendBackInput) {
  return run(db, async (tx) => {
    const ctx = await loadForChange(tx, actor, input.sectionId);
    const { section } = assertMayReview(ctx, actor);
    const { count } = await tx.section.updateMany({
      where: { id: section.id, status: "IN_REVIEW" },
      data: { status: "DRAFT", reviewDueAt: null },
    });
    if (count === 0) throw changedMeanwhile();
    const thread = await tx.commentThread.create({
      data: {
        briefId: section.briefId,
        sectionId: section.id,
        authorId: actor.id,
        comments: { create: { authorId: actor.id, body: input.note } },
      },
      select: { id: true },
    });
    const notified = await notifyReview(tx, actor, section, "CHANGES_REQUESTED", null, thread.id);
    await recordStep(
      tx,
      actor,
      section,
      {
        kind: "CHANGES_REQUESTED",
        revisionId: section.currentRevisionId,
        note: input.note,
        threadId: thread.id,
      },
      {
        action: "review.sendBack",
        targetId: thread.id,
        data: { revision: section.currentRevision?.number ?? null },
      },
    );
    return { briefId: section.briefId, sectionId: section.id, notified, threadId: thread.id };
  });
}

/** An editor takes the section out of scope for this country, saying why. */
export async function markNotApplicable(db: Db, actor: Actor, input: MarkNotApplicableInput) {
  return run(db, async (tx) => {
    const { level, section } = await loadForChange(tx, actor, input.sectionId);
    if (!canDecideScope(level))
      throw new AppError("FORBIDDEN", "Only the brief's editors can mark a section not applicable");
    const { count } = await tx.section.updateMany({
      where: { id: section.id, status: { not: "NOT_APPLICABLE" } },
      data: {
        status: "NOT_APPLICABLE",
        notApplicableReason: input.reason,
        reviewerId: null,
        reviewDueAt: null,
      },
    });
    if (count === 0) throw new AppError("BAD_REQUEST", "This section is already marked not applicable");
    await recordStep(
      tx,
      actor,
      section,
      {
        kind: "MARKED_NOT_APPLICABLE",
        revisionId: section.currentRevisionId,
        note: input.reason,
      },
      {
        action: "review.markNotApplicable",
        data: { from: section.status },
      },
    );
    return { briefId: section.briefId, sectionId: section.id, notified: [] };
  });
}

/**
 * Back to draft: an editor reopens a not-applicable section, or the requester (or an editor)
 * withdraws a review request. A published brief whose section reopens is a draft again.
 */
export async function reopenSection(db: Db, actor: Actor, input: { sectionId: string }) {
  return run(db, async (tx) => {
    const { level, section } = await loadForChange(tx, actor, input.sectionId);
    if (section.status === "NOT_APPLICABLE") {
      if (!canDecideScope(level))
        throw new AppError("FORBIDDEN", "Only the brief's editors can reopen this section");
    } else if (section.status === "IN_REVIEW") {
      if (!canRequestReview(level, actor.id, section))
        throw new AppError(
          "FORBIDDEN",
          "Only the section's owner or the brief's editors can withdraw the request",
        );
    } else {
      throw new AppError("BAD_REQUEST", "Only a section in review or marked not applicable can be reopened");
    }
    const { count } = await tx.section.updateMany({
      where: { id: section.id, status: section.status },
      data: { status: "DRAFT", reviewerId: null, reviewDueAt: null },
    });
    if (count === 0) throw changedMeanwhile();
    await unpublish(tx, section.briefId);
    await recordStep(
      tx,
      actor,
      section,
      {
        kind: "REOPENED",
        revisionId: section.currentRevisionId,
      },
      {
        action: "review.reopen",
        data: { from: section.status },
      },
    );
    return { briefId: section.briefId, sectionId: section.id, notified: [] };
  });
}

function assertMayReview(ctx: ReviewContext, actor: Actor) {
  const refusal = reviewRefusal(
    ctx.level,
    actor.id,
    ctx.section.currentRevision?.authorId ?? null,
    ctx.otherReviewers,
  );
  if (refusal) throw new AppError("FORBIDDEN", refusal);
  if (ctx.section.status !== "IN_REVIEW")
    throw new AppError("BAD_REQUEST", "This section isn't waiting for review");
  if (!ctx.section.currentRevisionId) throw new AppError("BAD_REQUEST", "An empty section can't be reviewed");
  return ctx;
}

/** A named reviewer must be an active member who may review this brief. */
async function assertCanBeReviewer(tx: DbClient, briefId: string, userId: string): Promise<void> {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { role: true, deactivated: true, memberships: { where: { briefId }, select: { role: true } } },
  });
  const level = user && !user.deactivated ? accessLevel(user.role, user.memberships[0]?.role ?? null) : null;
  if (!canReviewBrief(level))
    throw new AppError("BAD_REQUEST", "Choose a reviewer who is a reviewer or editor of this brief");
}

/** A due day means "by the end of that day" (UTC), so a review due today isn't overdue at noon. */
function endOfDayUtc(date: Date): Date {
  const end = new Date(date);
  end.setUTCHours(23, 59, 59, 999);
  return end;
}

/** A step of the section's review trail, and the audit event that records who took it. */
async function recordStep(
  tx: DbClient,
  actor: Actor,
  section: { id: string; briefId: string },
  step: Omit<Prisma.SectionReviewEventUncheckedCreateInput, "briefId" | "sectionId" | "actorId">,
  audit: Omit<AuditEventInput, "briefId" | "sectionId">,
): Promise<void> {
  await tx.sectionReviewEvent.create({
    data: { briefId: section.briefId, sectionId: section.id, actorId: actor.id, ...step },
  });
  await recordAudit(tx, actor, { briefId: section.briefId, sectionId: section.id, ...audit });
}
