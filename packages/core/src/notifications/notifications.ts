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
  return { userId: actor.id, thread: { brief: { members: { some: { userId: actor.id } } } } };
}

/** The bell: newest first, with where each one leads. */
export async function listNotifications(db: Db, actor: Actor) {
  const [items, unread] = await Promise.all([
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
    unread,
    items: items.map(({ comment, ...n }) => ({
      ...n,
      excerpt: comment && !comment.deletedAt ? comment.body.slice(0, 140) : null,
    })),
  };
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
