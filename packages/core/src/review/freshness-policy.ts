import type { SetFreshnessInput } from "@dossier/schema";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";
import { assertAdmin } from "../users/list-users.ts";

/** Every template section with its freshness policy, in template order (admins' /admin/freshness). */
export async function listFreshnessPolicies(db: Db, actor: Actor) {
  assertAdmin(actor, "see freshness policies");
  return db.templateSection.findMany({
    orderBy: [{ templateId: "asc" }, { position: "asc" }],
    select: {
      id: true,
      key: true,
      title: true,
      parentKey: true,
      staleAfterDays: true,
      template: { select: { name: true } },
    },
  });
}

/** An admin sets how many days after approval a section of this kind goes stale (null: never). */
export async function setFreshnessPolicy(db: Db, actor: Actor, input: SetFreshnessInput) {
  assertAdmin(actor, "change freshness policies");
  return db.$transaction(async (tx) => {
    const before = await tx.templateSection.findUnique({
      where: { id: input.templateSectionId },
      select: { key: true, staleAfterDays: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "Template section not found");
    const updated = await tx.templateSection.update({
      where: { id: input.templateSectionId },
      data: { staleAfterDays: input.staleAfterDays },
      select: { id: true, key: true, staleAfterDays: true },
    });
    await recordAudit(tx, actor, {
      action: "freshness.set",
      targetId: updated.id,
      data: { key: updated.key, from: before.staleAfterDays, to: updated.staleAfterDays },
    });
    return updated;
  });
}
