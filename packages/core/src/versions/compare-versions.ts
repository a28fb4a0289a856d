import { diffDocuments, emptyDocument, type JSONContent } from "@dossier/editor";
import { assertCanReadBrief } from "../access/brief-access.ts";
import type { Actor, Db } from "../actor.ts";
import { AppError } from "../errors.ts";
import { currentRevisionIds } from "./version-content.ts";

async function frozenRevisionIds(db: Db, briefId: string, versionId: string) {
  const version = await db.briefVersion.findFirst({
    where: { id: versionId, briefId },
    select: { sections: { select: { sectionId: true, revisionId: true } } },
  });
  if (!version) throw new AppError("NOT_FOUND", "Version not found in this brief");
  return new Map(version.sections.map((s) => [s.sectionId, s.revisionId]));
}

/**
 * Compares two named versions of a brief (or one against now, `toVersionId` null): every leaf
 * section in order, `changed` when its frozen revision differs, with a rich diff for those only.
 * Unchanged sections carry no content, so the page can show them collapsed.
 */
export async function compareVersions(
  db: Db,
  actor: Actor,
  input: { briefId: string; fromVersionId: string; toVersionId: string | null },
) {
  await assertCanReadBrief(db, actor, input.briefId);
  const [from, to] = await Promise.all([
    frozenRevisionIds(db, input.briefId, input.fromVersionId),
    input.toVersionId
      ? frozenRevisionIds(db, input.briefId, input.toVersionId)
      : currentRevisionIds(db, input.briefId),
  ]);
  const sections = await db.section.findMany({
    where: { briefId: input.briefId, isLeaf: true },
    orderBy: { position: "asc" },
    select: { id: true, key: true, title: true },
  });
  const changedIds = sections.filter((s) => (from.get(s.id) ?? null) !== (to.get(s.id) ?? null));
  const revisionIds = changedIds
    .flatMap((s) => [from.get(s.id), to.get(s.id)])
    .filter((id): id is string => !!id);
  const revisions = await db.revision.findMany({
    where: { id: { in: revisionIds } },
    select: { id: true, number: true, content: true },
  });
  const byId = new Map(revisions.map((r) => [r.id, r]));
  const contentOf = (id: string | null | undefined) => (id ? byId.get(id)?.content : null) ?? emptyDocument();
  return sections.map((s) => {
    const fromId = from.get(s.id) ?? null;
    const toId = to.get(s.id) ?? null;
    // A different revision with the same text (a restore, an undo) is not a change to show.
    const diff =
      fromId !== toId
        ? diffDocuments(contentOf(fromId) as JSONContent, contentOf(toId) as JSONContent)
        : null;
    const changed = !!diff && diff.changes > 0;
    return {
      ...s,
      changed,
      fromNumber: fromId ? (byId.get(fromId)?.number ?? null) : null,
      toNumber: toId ? (byId.get(toId)?.number ?? null) : null,
      diff: changed ? diff : null,
    };
  });
}
