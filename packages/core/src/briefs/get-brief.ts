import { assertCanReadBrief } from "../access/brief-access.ts";
import { canEditBrief, canEditSection } from "../access/roles.ts";
import type { Actor, Db } from "../actor.ts";
import { openThreadCounts } from "../comments/list-threads.ts";
import { AppError } from "../errors.ts";

/** A brief with its outline. Loads section metadata only: never content, never history. */
export async function getBrief(db: Db, actor: Actor, briefId: string) {
  const level = await assertCanReadBrief(db, actor, briefId);
  const brief = await db.brief.findUnique({
    where: { id: briefId },
    select: {
      id: true,
      country: true,
      title: true,
      status: true,
      lastEditedAt: true,
      archivedAt: true,
      sections: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          key: true,
          title: true,
          parentId: true,
          position: true,
          isLeaf: true,
          status: true,
          wordCount: true,
          lastEditedAt: true,
          ownerId: true,
          owner: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!brief) throw new AppError("NOT_FOUND", "Brief not found");
  const threads = await openThreadCounts(db, briefId);
  return {
    ...brief,
    myRole: level,
    /** Archived: readable, nothing in it changes until restored. */
    archived: brief.archivedAt !== null,
    /** May change the brief (share, stamp, rename); false while archived. */
    canEdit: canEditBrief(level) && brief.archivedAt === null,
    /** May archive and restore it. */
    canManage: canEditBrief(level),
    canDelete: level === "ADMIN",
    sections: brief.sections.map(({ ownerId, ...s }) => ({
      ...s,
      filled: s.wordCount > 0,
      openThreads: threads.get(s.id) ?? 0,
      canEdit: s.isLeaf && brief.archivedAt === null && canEditSection(level, actor.id, { ownerId }),
    })),
  };
}
