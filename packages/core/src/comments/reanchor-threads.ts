import type { Prisma } from "@dossier/db";
import { type Anchor, type JSONContent, reanchorAll } from "@dossier/editor";
import type { DbClient } from "../actor.ts";

/**
 * Moves every anchored thread of a section onto a new revision, inside the transaction that
 * wrote it: mapped through the text change where possible, found again by its quote otherwise,
 * detached (kept, showing its original quote) when the quoted words are gone. A detached thread
 * whose words come back (a restore) attaches again.
 */
export async function reanchorThreads(
  tx: DbClient,
  sectionId: string,
  newRevision: { id: string; content: JSONContent },
): Promise<number> {
  const threads = await tx.commentThread.findMany({
    where: { sectionId, anchor: { not: { equals: null } } as Prisma.JsonNullableFilter<"CommentThread"> },
    select: { id: true, anchor: true, anchorRevisionId: true, detached: true },
  });
  if (threads.length === 0) return 0;

  const oldIds = [...new Set(threads.map((t) => t.anchorRevisionId).filter((id): id is string => !!id))];
  const oldDocs = await tx.revision.findMany({
    where: { id: { in: oldIds } },
    select: { id: true, content: true },
  });
  const contentById = new Map(oldDocs.map((r) => [r.id, r.content as JSONContent]));
  const empty: JSONContent = { type: "doc", content: [{ type: "paragraph" }] };

  let moved = 0;
  for (const [oldId, group] of groupBy(threads, (t) => t.anchorRevisionId ?? "")) {
    const oldDoc = contentById.get(oldId) ?? empty;
    const results = reanchorAll(
      oldDoc,
      newRevision.content,
      group.map((t) => t.anchor as Anchor),
    );
    for (const [i, thread] of group.entries()) {
      const result = results[i];
      if (result?.status === "anchored") {
        await tx.commentThread.update({
          where: { id: thread.id },
          data: {
            anchor: result.anchor as unknown as Prisma.InputJsonValue,
            anchorRevisionId: newRevision.id,
            detached: false,
          },
        });
        moved += 1;
      } else if (!thread.detached) {
        // Keep the last anchor and its revision: the quote and context stay readable.
        await tx.commentThread.update({ where: { id: thread.id }, data: { detached: true } });
      }
    }
  }
  return moved;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}
