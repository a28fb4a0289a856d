import { assertCanReadBrief } from "../access/brief-access.ts";
import type { Actor, Db } from "../actor.ts";
import { AppError } from "../errors.ts";

const revisionSelect = {
  id: true,
  number: true,
  content: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
} as const;

/** The brief as it was at a named version: every section in order, leaves with their frozen revision. */
export async function getVersion(db: Db, actor: Actor, versionId: string) {
  const version = await db.briefVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true,
      briefId: true,
      name: true,
      note: true,
      createdAt: true,
      createdBy: { select: { id: true, name: true } },
      sections: { select: { sectionId: true, revision: { select: revisionSelect } } },
    },
  });
  if (!version) throw new AppError("NOT_FOUND", "Version not found");
  await assertCanReadBrief(db, actor, version.briefId);
  const frozen = new Map(version.sections.map((s) => [s.sectionId, s.revision]));
  const sections = await db.section.findMany({
    where: { briefId: version.briefId },
    orderBy: { position: "asc" },
    select: { id: true, key: true, title: true, parentId: true, isLeaf: true },
  });
  const { sections: _frozen, ...meta } = version;
  return { ...meta, sections: sections.map((s) => ({ ...s, revision: frozen.get(s.id) ?? null })) };
}

/** Which revision each leaf of a brief has now: a "version" for comparing against the present. */
export async function currentRevisionIds(db: Db, briefId: string): Promise<Map<string, string | null>> {
  const leaves = await db.section.findMany({
    where: { briefId, isLeaf: true },
    select: { id: true, currentRevisionId: true },
  });
  return new Map(leaves.map((s) => [s.id, s.currentRevisionId]));
}
