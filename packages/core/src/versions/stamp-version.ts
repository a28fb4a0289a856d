import { assertBriefNotArchived } from "../access/archived.ts";
import { assertCanReadBrief } from "../access/brief-access.ts";
import { canEditBrief } from "../access/roles.ts";
import type { Actor, Db, DbClient } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";

/**
 * Stamps a named version of a brief ("v1 — sent to the Deputy"): freezes every leaf section's
 * current revision. Cheap whatever the history length: one row per section, no content copied.
 */
export async function stampVersion(
  db: Db,
  actor: Actor,
  input: { briefId: string; name: string; note?: string },
) {
  const level = await assertCanReadBrief(db, actor, input.briefId);
  await assertBriefNotArchived(db, input.briefId);
  if (!canEditBrief(level)) throw new AppError("FORBIDDEN", "Only the brief's editors can stamp a version");
  return db.$transaction(async (tx) => {
    const { version, leaves } = await insertVersion(tx, actor, input);
    await recordAudit(tx, actor, {
      action: "version.create",
      briefId: input.briefId,
      targetId: version.id,
      data: { name: version.name, sections: leaves.length },
    });
    return version;
  });
}

/**
 * The stamp itself, inside the caller's transaction and without its audit event (the caller
 * records its own: a plain stamp, or publishing a brief).
 */
export async function insertVersion(
  tx: DbClient,
  actor: Actor,
  input: { briefId: string; name: string; note?: string },
) {
  const taken = await tx.briefVersion.findUnique({
    where: { briefId_name: { briefId: input.briefId, name: input.name } },
    select: { id: true },
  });
  if (taken) throw new AppError("CONFLICT", `There is already a version named "${input.name}"`);
  const version = await tx.briefVersion.create({
    data: { briefId: input.briefId, name: input.name, note: input.note || null, createdById: actor.id },
    select: { id: true, name: true, createdAt: true },
  });
  const leaves = await tx.section.findMany({
    where: { briefId: input.briefId, isLeaf: true },
    select: { id: true, currentRevisionId: true },
  });
  await tx.briefVersionSection.createMany({
    data: leaves.map((s) => ({ versionId: version.id, sectionId: s.id, revisionId: s.currentRevisionId })),
  });
  return { version, leaves };
}

export async function listVersions(db: Db, actor: Actor, briefId: string) {
  await assertCanReadBrief(db, actor, briefId);
  return db.briefVersion.findMany({
    where: { briefId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      note: true,
      createdAt: true,
      createdBy: { select: { id: true, name: true } },
    },
  });
}
