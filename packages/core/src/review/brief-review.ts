import { rawTable } from "@dossier/db";
import { assertCanReadBrief } from "../access/brief-access.ts";
import { canDecideScope } from "../access/review-rules.ts";
import type { Actor, Db } from "../actor.ts";
import { AppError } from "../errors.ts";
import { staleSectionIds } from "./freshness.ts";
import { countUnfinished } from "./publish-brief.ts";

/**
 * A brief's review at a glance, for its header and outline: whether it can be published (and how
 * many sections are left), its published version, which sections are stale, and which changed
 * since the reader last opened them (someone else's edits only).
 */
export async function getBriefReview(db: Db, actor: Actor, briefId: string, now = new Date()) {
  const level = await assertCanReadBrief(db, actor, briefId);
  const [brief, remaining, stale, unread] = await Promise.all([
    db.brief.findUnique({
      where: { id: briefId },
      select: {
        status: true,
        publishedAt: true,
        publishedBy: { select: { id: true, name: true } },
        publishedVersion: { select: { id: true, name: true } },
      },
    }),
    countUnfinished(db, briefId),
    staleSectionIds(db, briefId, now),
    changedSinceRead(db, actor, briefId),
  ]);
  if (!brief) throw new AppError("NOT_FOUND", "Brief not found");
  return {
    ...brief,
    myRole: level,
    remaining,
    canPublish: canDecideScope(level),
    staleSectionIds: [...stale],
    unreadSectionIds: unread,
  };
}

/** Sections the actor opened before and that someone else has changed since. */
async function changedSinceRead(db: Db, actor: Actor, briefId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM ${rawTable(db, "Section")} AS s
    JOIN ${rawTable(db, "SectionRead")} AS r ON r."sectionId" = s.id AND r."userId" = ${actor.id}
    WHERE s."briefId" = ${briefId} AND s."currentRevisionId" IS NOT NULL
      AND r."revisionId" IS DISTINCT FROM s."currentRevisionId"
      AND s."lastEditedById" IS DISTINCT FROM ${actor.id}`;
  return rows.map((r) => r.id);
}
