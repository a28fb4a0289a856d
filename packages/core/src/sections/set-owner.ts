import type { SetSectionOwnerInput } from "@dossier/schema";
import { archivedError } from "../access/archived.ts";
import { getSectionAccess } from "../access/brief-access.ts";
import { accessLevel, canEditBrief } from "../access/roles.ts";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";
import { publishMeta } from "../live/publish.ts";

/**
 * Assigns a section to an owner — a member of the brief who may edit it (effective editor or
 * admin, active) — or back to nobody. The brief's editors and admins may do it, whoever owns the
 * section now (owning a section limits who edits its text, not who organises the brief).
 */
export async function setSectionOwner(db: Db, actor: Actor, input: SetSectionOwnerInput) {
  const result = await db.$transaction(async (tx) => {
    const { level, section, archived } = await getSectionAccess(tx, actor, input.sectionId);
    if (!canEditBrief(level)) throw new AppError("FORBIDDEN", "Only the brief's editors can assign sections");
    if (archived) throw archivedError();
    let owner: { id: string; name: string } | null = null;
    if (input.ownerId) {
      const member = await tx.briefMember.findUnique({
        where: { briefId_userId: { briefId: section.briefId, userId: input.ownerId } },
        select: { role: true, user: { select: { id: true, name: true, role: true, deactivated: true } } },
      });
      if (!member || member.user.deactivated || !canEditBrief(accessLevel(member.user.role, member.role)))
        throw new AppError("BAD_REQUEST", "A section's owner must be a member of the brief who can edit it");
      owner = { id: member.user.id, name: member.user.name };
    }
    if (section.ownerId === (owner?.id ?? null)) return { section, owner, changed: false };
    await tx.section.update({
      where: { id: section.id },
      data: { ownerId: owner?.id ?? null },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "section.setOwner",
      briefId: section.briefId,
      sectionId: section.id,
      targetId: owner?.id ?? null,
      data: { ownerName: owner?.name ?? null, previousOwnerId: section.ownerId },
    });
    return { section, owner, changed: true };
  });
  if (result.changed)
    await publishMeta(db, actor, { briefId: result.section.briefId, sectionId: result.section.id });
  return { sectionId: result.section.id, owner: result.owner };
}
