import type { Prisma } from "@dossier/db";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";

/**
 * Notifications about briefs the reader can open now. Access can be lost after a notification
 * was written (removed from the brief, org role lowered); its excerpt quotes the brief's comments,
 * so it is hidden — not deleted: it comes back if access does.
 */
function readable(actor: Actor): Prisma.NotificationWhereInput {
  if (actor.role === "ADMIN") return { userId: actor.id };
  const member = { brief: { members: { some: { userId: actor.id } } } };
  // Comment notifications name a thread; review notifications a section (and maybe a thread).
  return { userId: actor.id, OR: [{ thread: member }, { threadId: null, section: member }] };
}

/** The bell: newest first, with where each one leads; overdue reviews of mine (computed) on top. */
export async function listNotifications(db: Db, actor: Actor, now = new Date()) {
  const [overdue, items, unread] = await Promise.all([
    overdueReviews(db, actor, now),
    db.notification.findMany({
      where: readable(actor),
      orderBy: { createdAt: "desc" },
      take: 50,
      select: {
        id: true,
        kind: true,
        readAt: true,
        createdAt: true,
        actor: { select: { id: true, name: true } },
        comment: { select: { body: true, deletedAt: true } },
        section: {
          select: { id: true, key: true, title: true, briefId: true, brief: { select: { country: true } } },
        },
        thread: {
          select: {
            id: true,
            briefId: true,
            originalQuote: true,
            brief: { select: { country: true } },
            section: { select: { key: true, title: true } },
          },
        },
      },
    }),
    db.notification.count({ where: { ...readable(actor), readAt: null } }),
  ]);
  return {
    unread: unread + overdue.length,
    items: [
      ...overdue,
      ...items.map(({ comment, ...n }) => ({
        ...n,
        overdue: false,
        excerpt: comment && !comment.deletedAt ? comment.body.slice(0, 140) : null,
      })),
    ],
  };
}

/**
 * Reviews past their due day that wait on the reader (named reviewer, or the section's owner),
 * computed on read — no job writes them; they leave the bell when the review moves on.
 */
async function overdueReviews(db: Db, actor: Actor, now: Date) {
  const member = actor.role === "ADMIN" ? {} : { brief: { members: { some: { userId: actor.id } } } };
  const sections = await db.section.findMany({
    where: {
      status: "IN_REVIEW",
      reviewDueAt: { lt: now },
      OR: [{ reviewerId: actor.id }, { ownerId: actor.id }],
      ...member,
    },
    orderBy: { reviewDueAt: "asc" },
    take: 20,
    select: {
      id: true,
      key: true,
      title: true,
      briefId: true,
      reviewDueAt: true,
      brief: { select: { country: true } },
    },
  });
  return sections.map(({ reviewDueAt, ...section }) => ({
    id: `overdue-${section.id}`,
    kind: "REVIEW_OVERDUE" as const,
    readAt: null,
    createdAt: reviewDueAt ?? now,
    actor: null,
    thread: null,
    section,
    overdue: true,
    excerpt: null,
  }));
}

export async function markNotificationsRead(db: Db, actor: Actor, ids?: string[]) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
      data: { readAt: new Date() },
    });
    await recordAudit(tx, actor, {
      action: "notifications.markRead",
      targetId: actor.id,
      data: { marked: count, all: !ids },
    });
    return { marked: count };
  });
}
