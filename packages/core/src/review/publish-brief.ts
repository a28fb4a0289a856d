import { assertCanReadBrief } from "../access/brief-access.ts";
import { canDecideScope } from "../access/review-rules.ts";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";
import { publishReview } from "../live/publish.ts";
import { insertVersion } from "../versions/stamp-version.ts";

/** Leaf sections still standing between a brief and publishing (not approved, not out of scope). */
export function countUnfinished(db: Pick<Db, "section">, briefId: string) {
  return db.section.count({
    where: { briefId, isLeaf: true, status: { notIn: ["APPROVED", "NOT_APPLICABLE"] } },
  });
}

/**
 * Publishes a brief whose every leaf section is approved or not applicable: stamps a named version
 * ("Published 29 Nov 2026 14:05", suffixed if taken) and records it as what viewers see. Refused
 * with the number of sections left otherwise. One transaction; the count is re-read inside it.
 */
export async function publishBrief(db: Db, actor: Actor, input: { briefId: string }, now = new Date()) {
  const level = await assertCanReadBrief(db, actor, input.briefId);
  if (!canDecideScope(level)) throw new AppError("FORBIDDEN", "Only the brief's editors can publish it");
  const result = await db.$transaction(async (tx) => {
    // Lock the brief row: two publishes at once stamp one version each, one after the other.
    const brief = await tx.brief.update({
      where: { id: input.briefId },
      data: { updatedAt: now },
      select: { id: true, archivedAt: true },
    });
    if (brief.archivedAt) throw new AppError("BAD_REQUEST", "An archived brief can't be published");
    const left = await countUnfinished(tx, input.briefId);
    if (left > 0) {
      throw new AppError(
        "BAD_REQUEST",
        `${left} ${left === 1 ? "section needs" : "sections need"} approval (or marking not applicable) first`,
        { remaining: left },
      );
    }
    const base = `Published ${publishedLabel(now)}`;
    let name = base;
    for (
      let n = 2;
      await tx.briefVersion.findUnique({ where: { briefId_name: { briefId: input.briefId, name } } });
      n++
    )
      name = `${base} (${n})`;
    const { version, leaves } = await insertVersion(tx, actor, { briefId: input.briefId, name });
    await tx.brief.update({
      where: { id: input.briefId },
      data: {
        status: "PUBLISHED",
        publishedVersionId: version.id,
        publishedAt: now,
        publishedById: actor.id,
      },
    });
    await recordAudit(tx, actor, {
      action: "brief.publish",
      briefId: input.briefId,
      targetId: version.id,
      data: { name: version.name, sections: leaves.length },
    });
    return version;
  });
  await publishReview(db, { briefId: input.briefId, sectionId: "" });
  return result;
}

/** "29 Nov 2026 14:05" in UTC: the same name whoever publishes, wherever they are. */
function publishedLabel(date: Date): string {
  const day = date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const time = date.toISOString().slice(11, 16);
  return `${day} ${time} UTC`;
}
