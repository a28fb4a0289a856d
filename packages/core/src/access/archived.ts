import type { DbClient } from "../actor.ts";
import { AppError } from "../errors.ts";

/** What every change to an archived brief is refused with: it stays readable, nothing more. */
export const archivedError = () =>
  new AppError("FORBIDDEN", "This brief is archived, so it is read-only. Restore it to make changes.");

/** Refuses changes to an archived brief (its sections, comments, versions, members, title). */
export async function assertBriefNotArchived(db: DbClient, briefId: string): Promise<void> {
  const brief = await db.brief.findUnique({ where: { id: briefId }, select: { archivedAt: true } });
  if (brief?.archivedAt) throw archivedError();
}
