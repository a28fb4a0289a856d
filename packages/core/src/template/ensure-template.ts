import type { Db } from "../actor.ts";
import {
  DEFAULT_TEMPLATE_KEY,
  DEFAULT_TEMPLATE_NAME,
  defaultTemplate,
  flattenTemplate,
} from "./default-template.ts";
import { DEFAULT_STALE_AFTER_DAYS } from "./freshness-defaults.ts";

/**
 * Makes the database's default template match the code's. Idempotent, run on every start and
 * seed: titles, guidance and order follow the code; keys never change meaning.
 */
export async function ensureDefaultTemplate(db: Db): Promise<{ id: string }> {
  const flat = flattenTemplate(defaultTemplate);
  return db.$transaction(async (tx) => {
    const template = await tx.template.upsert({
      where: { key: DEFAULT_TEMPLATE_KEY },
      create: { key: DEFAULT_TEMPLATE_KEY, name: DEFAULT_TEMPLATE_NAME },
      update: { name: DEFAULT_TEMPLATE_NAME },
      select: { id: true },
    });
    // Positions are unique per template: clear them first so reordering can't collide.
    await tx.templateSection.deleteMany({
      where: { templateId: template.id, key: { notIn: flat.map((s) => s.key) } },
    });
    await tx.templateSection.updateMany({
      where: { templateId: template.id },
      data: { position: { increment: 100_000 } },
    });
    for (const s of flat) {
      const data = { title: s.title, parentKey: s.parentKey, position: s.position, guidance: s.guidance };
      await tx.templateSection.upsert({
        where: { templateId_key: { templateId: template.id, key: s.key } },
        // The freshness policy is the admins' once the row exists: only a new row gets the default.
        create: {
          templateId: template.id,
          key: s.key,
          ...data,
          staleAfterDays: DEFAULT_STALE_AFTER_DAYS[s.key] ?? null,
        },
        update: data,
      });
    }
    return template;
  });
}
