import type { Actor, Db } from "../actor.ts";
import { publishAfterCommit } from "./bus.ts";

/*
 * One publisher per live event, so every service announces a change the same way (the event
 * shapes are `liveEventSchema` in @dossier/schema).
 */

/** Tells everyone viewing the section (and its brief's outline) that a new revision exists. */
export function publishRevision(
  db: Db,
  actor: Actor,
  section: { id: string; briefId: string },
  revision: { id: string; number: number },
): Promise<void> {
  return publishAfterCommit(db, [
    {
      type: "revision",
      briefId: section.briefId,
      sectionId: section.id,
      revisionId: revision.id,
      number: revision.number,
      author: { id: actor.id, name: actor.name },
    },
  ]);
}

/**
 * Tells everyone viewing the section that one of its threads changed (created, replied to,
 * edited, deleted, resolved or reopened), and each person `notified` that their bell has news.
 */
export function publishThread(
  db: Db,
  actor: Actor,
  thread: { id: string; briefId: string; sectionId: string },
  notified: readonly string[] = [],
): Promise<void> {
  return publishAfterCommit(db, [
    {
      type: "thread",
      briefId: thread.briefId,
      sectionId: thread.sectionId,
      threadId: thread.id,
      actorId: actor.id,
    },
    ...notified.map((userId) => ({ type: "notification" as const, userId })),
  ]);
}

/** Someone arrived on, left, or started or stopped editing a section. */
export function publishPresence(db: Db, section: { id: string; briefId: string }): Promise<void> {
  return publishAfterCommit(db, [{ type: "presence", briefId: section.briefId, sectionId: section.id }]);
}

/**
 * A section's review state changed (sectionId "" for the whole brief: published), and each person
 * `notified` has news in their bell.
 */
export function publishReview(
  db: Db,
  target: { briefId: string; sectionId: string },
  notified: readonly string[] = [],
): Promise<void> {
  return publishAfterCommit(db, [
    { type: "review", briefId: target.briefId, sectionId: target.sectionId },
    ...notified.map((userId) => ({ type: "notification" as const, userId })),
  ]);
}

/** The brief's title, country or archived state (sectionId "") or a section's owner changed. */
export function publishMeta(
  db: Db,
  actor: Actor,
  target: { briefId: string; sectionId?: string },
): Promise<void> {
  return publishAfterCommit(db, [
    { type: "meta", briefId: target.briefId, sectionId: target.sectionId ?? "", actorId: actor.id },
  ]);
}
