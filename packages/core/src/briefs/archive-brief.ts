import { assertCanReadBrief } from "../access/brief-access.ts";
import { canEditBrief } from "../access/roles.ts";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";
import { publishMeta } from "../live/publish.ts";

/**
 * Archives a brief (hidden from the dashboard by default, read-only, restorable) or restores it.
 * The brief's managers (editors) and admins may. Asking for the state it is already in changes
 * nothing and records nothing.
 */
export async function setBriefArchived(db: Db, actor: Actor, input: { briefId: string; archived: boolean }) {
  const changed = await db.$transaction(async (tx) => {
    const level = await assertCanReadBrief(tx, actor, input.briefId);
    if (!canEditBrief(level))
      throw new AppError("FORBIDDEN", "Only the brief's editors can archive or restore it");
    const brief = await tx.brief.findUniqueOrThrow({
      where: { id: input.briefId },
      select: { archivedAt: true, title: true, country: true },
    });
    if ((brief.archivedAt !== null) === input.archived) return false;
    await tx.brief.update({
      where: { id: input.briefId },
      data: input.archived
        ? { archivedAt: new Date(), archivedById: actor.id }
        : { archivedAt: null, archivedById: null },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: input.archived ? "brief.archive" : "brief.unarchive",
      briefId: input.briefId,
      data: { title: brief.title, country: brief.country },
    });
    return true;
  });
  if (changed) await publishMeta(db, actor, { briefId: input.briefId });
  return { id: input.briefId, archived: input.archived };
}
