import { assertCanReadBrief } from "../access/brief-access.ts";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";

/**
 * Deletes a brief with everything in it — admins only, and only when `confirmTitle` is the
 * brief's title typed out. The audit event (no foreign keys) outlives it, naming what was deleted.
 */
export async function deleteBrief(db: Db, actor: Actor, input: { briefId: string; confirmTitle: string }) {
  await db.$transaction(async (tx) => {
    await assertCanReadBrief(tx, actor, input.briefId);
    if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only admins can delete a brief");
    const brief = await tx.brief.findUniqueOrThrow({
      where: { id: input.briefId },
      select: { title: true, country: true, _count: { select: { sections: true, versions: true } } },
    });
    if (input.confirmTitle.trim() !== brief.title.trim())
      throw new AppError("BAD_REQUEST", "Type the brief's title exactly to delete it");
    await recordAudit(tx, actor, {
      action: "brief.delete",
      briefId: input.briefId,
      data: {
        title: brief.title,
        country: brief.country,
        sections: brief._count.sections,
        versions: brief._count.versions,
      },
    });
    // Sections point at their current revision (RESTRICT): let go of it, then the cascade
    // from the brief removes sections, revisions, versions, threads and memberships.
    await tx.section.updateMany({
      where: { briefId: input.briefId },
      data: { currentRevisionId: null },
    });
    await tx.briefVersion.deleteMany({ where: { briefId: input.briefId } });
    await tx.brief.delete({ where: { id: input.briefId }, select: { id: true } });
  });
  return { id: input.briefId };
}
