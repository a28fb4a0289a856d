import { createId } from "@paralleldrive/cuid2";
import type { Actor, DbClient } from "../actor.ts";
import { defined } from "../defined.ts";
import { AppError } from "../errors.ts";
import { DEFAULT_TEMPLATE_KEY } from "../template/default-template.ts";

export const briefTitleFor = (country: string) => `${country}: Strategic U.S. Foreign Policy Analysis`;

export type InsertedBrief = {
  id: string;
  title: string;
  sections: Map<string, { id: string; isLeaf: boolean }>;
};

/** The default template's sections in order; NOT_FOUND when the database was never seeded. */
export async function loadTemplateSections(db: DbClient) {
  const template = await db.template.findUnique({
    where: { key: DEFAULT_TEMPLATE_KEY },
    select: {
      id: true,
      sections: {
        orderBy: { position: "asc" },
        select: { key: true, title: true, parentKey: true, position: true, guidance: true },
      },
    },
  });
  if (!template || template.sections.length === 0) {
    throw new AppError("NOT_FOUND", "The brief template is missing; run the database seed");
  }
  return template;
}

/**
 * Inserts a brief with every section of the template, empty, and the creator as its editor —
 * inside the caller's transaction, so an import can fill it in the same one.
 */
export async function insertBrief(
  tx: DbClient,
  actor: Actor,
  input: { country: string; title?: string },
): Promise<InsertedBrief> {
  const template = await loadTemplateSections(tx);
  const brief = await tx.brief.create({
    data: {
      country: input.country,
      title: input.title || briefTitleFor(input.country),
      templateId: template.id,
      createdById: actor.id,
      members: { create: { userId: actor.id, role: "EDITOR" } },
    },
    select: { id: true, title: true },
  });
  // Ids are made here so parents can be referenced within one bulk insert.
  const idByKey = new Map(template.sections.map((s) => [s.key, createId()]));
  const parentKeys = new Set(template.sections.map((s) => s.parentKey).filter(Boolean));
  const rows = template.sections.map((s, position) => ({
    id: defined(idByKey.get(s.key), "section id"),
    briefId: brief.id,
    key: s.key,
    title: s.title,
    parentId: s.parentKey ? (idByKey.get(s.parentKey) ?? null) : null,
    position,
    isLeaf: !parentKeys.has(s.key),
    guidance: s.guidance,
  }));
  await tx.section.createMany({ data: rows });
  return {
    id: brief.id,
    title: brief.title,
    sections: new Map(rows.map((r) => [r.key, { id: r.id, isLeaf: r.isLeaf }])),
  };
}
