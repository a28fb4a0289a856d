import { getSectionAccess } from "../access/brief-access.ts";
import type { Actor, Db } from "../actor.ts";
import { AppError } from "../errors.ts";
import { readFacts } from "../sections/read-facts.ts";

export const revisionMetaSelect = {
  id: true,
  number: true,
  createdAt: true,
  message: true,
  kind: true,
  wordCount: true,
  wordsAdded: true,
  wordsRemoved: true,
  restoredFrom: { select: { number: true } },
  author: { select: { id: true, name: true } },
  contributors: { select: { user: { select: { id: true, name: true } } } },
} as const;

/** One revision with its content, read-only, for "open any revision". */
export async function getRevision(db: Db, actor: Actor, revisionId: string) {
  const revision = await db.revision.findUnique({
    where: { id: revisionId },
    select: { ...revisionMetaSelect, sectionId: true, content: true, facts: true },
  });
  if (!revision) throw new AppError("NOT_FOUND", "Revision not found");
  await getSectionAccess(db, actor, revision.sectionId);
  return { ...revision, facts: readFacts(revision.facts) };
}
