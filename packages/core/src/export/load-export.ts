import type { JSONContent } from "@dossier/editor";
import type { CountryFacts } from "@dossier/schema";
import { assertCanReadBrief } from "../access/brief-access.ts";
import type { Actor, DbClient } from "../actor.ts";
import { AppError } from "../errors.ts";
import { readFacts } from "../sections/read-facts.ts";
import { withFacts } from "./facts-document.ts";
import { sectionNumbers } from "./numbering.ts";

export type ExportedSection = {
  key: string;
  title: string;
  /** 1 for the template's top level. */
  depth: number;
  /** "1", "1.4", "1.4.1" as the template numbers its parts; null for the unnumbered summaries. */
  number: string | null;
  isLeaf: boolean;
  /**
   * Leaves only: the exported revision's document, null when not written (at that version).
   * Country Profile's facts come first in it as a table (`withFacts`), so every format shows them.
   */
  content: JSONContent | null;
  /** Country Profile's facts at the exported revision; null elsewhere or when none. */
  facts: CountryFacts | null;
};

export type ExportedBrief = {
  id: string;
  title: string;
  country: string;
  version: { id: string; name: string; createdAt: Date } | null;
  exportedAt: Date;
  sections: ExportedSection[];
};

/**
 * The brief as it is now, or as a named version froze it: every section in order, leaves with
 * their revision's document. Four queries whatever the brief's size or history: access, the
 * outline, the version's frozen revision ids (when asked), the revisions' content.
 */
export async function loadExport(
  db: DbClient,
  actor: Actor,
  input: { briefId: string; versionId?: string | null },
): Promise<ExportedBrief> {
  await assertCanReadBrief(db, actor, input.briefId);
  const brief = await db.brief.findUnique({
    where: { id: input.briefId },
    select: {
      id: true,
      title: true,
      country: true,
      sections: {
        orderBy: { position: "asc" },
        select: { id: true, key: true, title: true, parentId: true, isLeaf: true, currentRevisionId: true },
      },
    },
  });
  if (!brief) throw new AppError("NOT_FOUND", "Brief not found");

  let version: ExportedBrief["version"] = null;
  let revisionOf = new Map(brief.sections.map((s) => [s.id, s.currentRevisionId]));
  if (input.versionId) {
    const frozen = await db.briefVersion.findFirst({
      where: { id: input.versionId, briefId: brief.id },
      select: {
        id: true,
        name: true,
        createdAt: true,
        sections: { select: { sectionId: true, revisionId: true } },
      },
    });
    if (!frozen) throw new AppError("NOT_FOUND", "Version not found in this brief");
    version = { id: frozen.id, name: frozen.name, createdAt: frozen.createdAt };
    revisionOf = new Map(frozen.sections.map((s) => [s.sectionId, s.revisionId]));
  }
  const ids = [...revisionOf.values()].filter((id): id is string => id !== null);
  const revisions = await db.revision.findMany({
    where: { id: { in: ids } },
    select: { id: true, content: true, facts: true },
  });
  const contentOf = new Map(revisions.map((r) => [r.id, r.content as JSONContent]));
  const factsOf = new Map(revisions.map((r) => [r.id, readFacts(r.facts)]));

  const exportedAt = new Date();
  const depthOf = new Map<string, number>();
  const outline = brief.sections.map((s) => {
    const depth = s.parentId ? (depthOf.get(s.parentId) ?? 0) + 1 : 1;
    depthOf.set(s.id, depth);
    return { ...s, depth };
  });
  const numbers = sectionNumbers(outline.map((s) => ({ key: s.key, title: s.title, depth: s.depth })));
  return {
    id: brief.id,
    title: brief.title,
    country: brief.country,
    version,
    exportedAt,
    sections: outline.map((s) => {
      const revisionId = revisionOf.get(s.id) ?? null;
      const facts = s.isLeaf && revisionId ? (factsOf.get(revisionId) ?? null) : null;
      return {
        key: s.key,
        title: s.title,
        depth: s.depth,
        number: numbers.get(s.key) ?? null,
        isLeaf: s.isLeaf,
        content:
          s.isLeaf && revisionId ? withFacts(contentOf.get(revisionId) ?? null, facts, exportedAt) : null,
        facts,
      };
    }),
  };
}
