import type { UpdateBriefInput } from "@dossier/schema";
import { assertBriefNotArchived } from "../access/archived.ts";
import { assertCanReadBrief } from "../access/brief-access.ts";
import { canEditBrief } from "../access/roles.ts";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";
import { publishMeta } from "../live/publish.ts";

/**
 * Renames a brief and/or changes its country (its editors and admins). Only the fields sent
 * change; a change to nothing writes nothing and records nothing.
 */
export async function updateBrief(db: Db, actor: Actor, input: UpdateBriefInput) {
  const result = await db.$transaction(async (tx) => {
    const level = await assertCanReadBrief(tx, actor, input.briefId);
    if (!canEditBrief(level)) throw new AppError("FORBIDDEN", "Only the brief's editors can rename it");
    await assertBriefNotArchived(tx, input.briefId);
    const before = await tx.brief.findUniqueOrThrow({
      where: { id: input.briefId },
      select: { title: true, country: true },
    });
    const title = input.title ?? before.title;
    const country = input.country ?? before.country;
    if (title === before.title && country === before.country) return { ...before, changed: false };
    await tx.brief.update({ where: { id: input.briefId }, data: { title, country }, select: { id: true } });
    await recordAudit(tx, actor, {
      action: "brief.update",
      briefId: input.briefId,
      // Titles and country names are the brief's labels, not its content.
      data: {
        ...(title !== before.title ? { title, previousTitle: before.title } : {}),
        ...(country !== before.country ? { country, previousCountry: before.country } : {}),
      },
    });
    return { title, country, changed: true };
  });
  if (result.changed) await publishMeta(db, actor, { briefId: input.briefId });
  return { id: input.briefId, title: result.title, country: result.country };
}
