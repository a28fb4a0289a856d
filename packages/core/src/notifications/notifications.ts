import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";

/** The bell: newest first, with where each one leads. */
export async function listNotifications(db: Db, actor: Actor) {
  const [items, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: actor.id },
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
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
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
