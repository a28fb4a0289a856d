import type { ListRevisionsInput } from "@dossier/schema";
import { getSectionAccess } from "../access/brief-access.ts";
import type { Actor, Db } from "../actor.ts";
import { revisionMetaSelect } from "./get-revision.ts";

/**
 * A page of a section's history, newest first. Keyset pagination on (sectionId, number) — the
 * unique index — so page 500 of 10,000 revisions costs what page 1 does. Never loads content.
 */
export async function listRevisions(db: Db, actor: Actor, input: ListRevisionsInput) {
  await getSectionAccess(db, actor, input.sectionId);
  const rows = await db.revision.findMany({
    where: { sectionId: input.sectionId, ...(input.cursor ? { number: { lt: input.cursor } } : {}) },
    orderBy: { number: "desc" },
    take: input.limit + 1,
    select: revisionMetaSelect,
  });
  const items = rows.slice(0, input.limit);
  const hasMore = rows.length > input.limit;
  return { items, nextCursor: hasMore ? (items.at(-1)?.number ?? null) : null };
}
