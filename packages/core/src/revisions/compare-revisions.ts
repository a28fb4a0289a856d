import { diffDocuments, emptyDocument, type JSONContent } from "@dossier/editor";
import { getSectionAccess } from "../access/brief-access.ts";
import type { Actor, Db } from "../actor.ts";
import { AppError } from "../errors.ts";
import { readFacts } from "../sections/read-facts.ts";
import { revisionMetaSelect } from "./get-revision.ts";

/**
 * The rich diff of two revisions of one section (from → to), computed on the server so the
 * browser receives one document with insertions and deletions marked in place.
 * `fromRevisionId` null compares against the empty section.
 */
export async function compareRevisions(
  db: Db,
  actor: Actor,
  input: { sectionId: string; fromRevisionId: string | null; toRevisionId: string },
) {
  await getSectionAccess(db, actor, input.sectionId);
  const ids = [input.fromRevisionId, input.toRevisionId].filter((id): id is string => id !== null);
  const rows = await db.revision.findMany({
    where: { id: { in: ids }, sectionId: input.sectionId },
    select: { ...revisionMetaSelect, content: true, facts: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const to = byId.get(input.toRevisionId);
  const from = input.fromRevisionId ? byId.get(input.fromRevisionId) : null;
  if (!to || from === undefined) throw new AppError("NOT_FOUND", "Revision not found in this section");
  const diff = diffDocuments((from?.content ?? emptyDocument()) as JSONContent, to.content as JSONContent);
  const withoutContent = <T extends { content: unknown; facts: unknown }>({
    content: _content,
    facts: _facts,
    ...meta
  }: T) => meta;
  // Country facts are compared beside the text: both sides, the client lists what changed.
  const facts = { from: readFacts(from?.facts ?? null), to: readFacts(to.facts) };
  return { from: from ? withoutContent(from) : null, to: withoutContent(to), diff, facts };
}
