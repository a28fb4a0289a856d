import { idSchema, sectionKeySchema } from "@dossier/schema";
import type { Actor, DbClient } from "../actor.ts";
import { isAppError } from "../errors.ts";
import { assertCanReadBrief } from "./brief-access.ts";

export type PageTarget = { briefId: string; sectionKey?: string; versionId?: string };

/**
 * Whether what a page URL names (a brief, and a section or named version in it) exists for this
 * actor — unknown and invisible alike are "no". The app answers "no" with a 404 status before
 * rendering (src/proxy.ts): pages stream behind loading skeletons, so a not-found found while
 * rendering could no longer change the status. One to two indexed queries.
 */
export async function pageTargetExists(db: DbClient, actor: Actor, target: PageTarget): Promise<boolean> {
  if (!idSchema.safeParse(target.briefId).success) return false;
  try {
    await assertCanReadBrief(db, actor, target.briefId);
  } catch (error) {
    if (isAppError(error)) return false;
    throw error;
  }
  if (target.sectionKey !== undefined) {
    if (!sectionKeySchema.safeParse(target.sectionKey).success) return false;
    return (await db.section.count({ where: { briefId: target.briefId, key: target.sectionKey } })) > 0;
  }
  if (target.versionId !== undefined) {
    if (!idSchema.safeParse(target.versionId).success) return false;
    return (await db.briefVersion.count({ where: { briefId: target.briefId, id: target.versionId } })) > 0;
  }
  return true;
}
