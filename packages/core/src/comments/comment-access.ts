import { archivedError } from "../access/archived.ts";
import { getSectionAccess } from "../access/brief-access.ts";
import { type BriefAccessLevel, canReviewBrief } from "../access/roles.ts";
import type { Actor, DbClient } from "../actor.ts";
import { AppError } from "../errors.ts";

/** Editors, reviewers and admins discuss the text; viewers read the threads. */
export const canComment = (level: BriefAccessLevel) => canReviewBrief(level);

export async function assertCanComment(db: DbClient, actor: Actor, sectionId: string) {
  const access = await getSectionAccess(db, actor, sectionId);
  if (!canComment(access.level)) throw new AppError("FORBIDDEN", "You have read-only access to this brief");
  if (access.archived) throw archivedError();
  return access;
}

/**
 * Resolving and reopening: the thread's author, whoever may edit the section, and reviewers.
 * (Viewers can't; an editor who doesn't own the section still reviews, so they can too.) Rights
 * are today's: an author since demoted to viewer reads the thread like any viewer.
 */
export async function assertCanModerateThread(
  db: DbClient,
  actor: Actor,
  thread: { sectionId: string; authorId: string },
) {
  const access = await getSectionAccess(db, actor, thread.sectionId);
  if (!canComment(access.level)) throw new AppError("FORBIDDEN", "You have read-only access to this brief");
  if (access.archived) throw archivedError();
  if (thread.authorId === actor.id || access.canEdit || canReviewBrief(access.level)) return access;
  throw new AppError(
    "FORBIDDEN",
    "Only the thread's author, the section's editors and reviewers can resolve it",
  );
}

/**
 * Loads a thread's ids or NOT_FOUND, checking the actor may at least read its section. Used only
 * by changes (reply, edit, delete, resolve), so an archived brief's threads are refused here.
 */
export async function loadThread(db: DbClient, actor: Actor, threadId: string) {
  const thread = await db.commentThread.findUnique({
    where: { id: threadId },
    select: { id: true, briefId: true, sectionId: true, authorId: true, status: true },
  });
  if (!thread) throw new AppError("NOT_FOUND", "Thread not found");
  const access = await getSectionAccess(db, actor, thread.sectionId).catch(() => {
    throw new AppError("NOT_FOUND", "Thread not found");
  });
  if (access.archived) throw archivedError();
  return { thread, access };
}
