import type { CreateBriefInput } from "@dossier/schema";
import { createId } from "@paralleldrive/cuid2";
import { canCreateBrief } from "../access/roles.ts";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { defined } from "../defined.ts";
import { AppError } from "../errors.ts";
import { DEFAULT_TEMPLATE_KEY } from "../template/default-template.ts";

export const briefTitleFor = (country: string) => `${country}: Strategic U.S. Foreign Policy Analysis`;

/** Creates a brief with every section of the template, empty, and makes the creator an editor of it. */
export async function createBrief(db: Db, actor: Actor, input: CreateBriefInput): Promise<{ id: string }> {
  if (!canCreateBrief(actor.role))
    throw new AppError("FORBIDDEN", "Only admins and editors can create briefs");
  return db.$transaction(async (tx) => {
    const template = await tx.template.findUnique({
      where: { key: DEFAULT_TEMPLATE_KEY },
      select: { id: true, sections: { orderBy: { position: "asc" } } },
    });
    if (!template || template.sections.length === 0) {
      throw new AppError("NOT_FOUND", "The brief template is missing; run the database seed");
    }
    const title = briefTitleFor(input.country);
    const brief = await tx.brief.create({
      data: {
        country: input.country,
        title,
        templateId: template.id,
        createdById: actor.id,
        members: { create: { userId: actor.id, role: "EDITOR" } },
      },
      select: { id: true },
    });
    // Ids are made here so parents can be referenced within one bulk insert.
    const idByKey = new Map(template.sections.map((s) => [s.key, createId()]));
    const parentKeys = new Set(template.sections.map((s) => s.parentKey).filter(Boolean));
    await tx.section.createMany({
      data: template.sections.map((s, position) => ({
        id: defined(idByKey.get(s.key), "section id"),
        briefId: brief.id,
        key: s.key,
        title: s.title,
        parentId: s.parentKey ? (idByKey.get(s.parentKey) ?? null) : null,
        position,
        isLeaf: !parentKeys.has(s.key),
        guidance: s.guidance,
      })),
    });
    await recordAudit(tx, actor, {
      action: "brief.create",
      briefId: brief.id,
      data: { country: input.country, title },
    });
    return brief;
  });
}
