import { FACTS_SECTION_KEY } from "@dossier/schema";
import { getSectionAccess } from "../access/brief-access.ts";
import type { Actor, Db } from "../actor.ts";
import { AppError } from "../errors.ts";
import { readFacts } from "./read-facts.ts";

/** One section with its current content (never its history), addressed by brief and stable key. */
export async function getSection(db: Db, actor: Actor, briefId: string, key: string) {
  const found = await db.section.findUnique({
    where: { briefId_key: { briefId, key } },
    select: { id: true },
  });
  if (!found) throw new AppError("NOT_FOUND", "Section not found");
  const access = await getSectionAccess(db, actor, found.id);
  const section = await db.section.findUniqueOrThrow({
    where: { id: found.id },
    select: {
      id: true,
      briefId: true,
      key: true,
      title: true,
      guidance: true,
      isLeaf: true,
      status: true,
      owner: { select: { id: true, name: true } },
      children: {
        orderBy: { position: "asc" },
        select: { key: true, title: true, wordCount: true, isLeaf: true },
      },
      currentRevision: {
        select: {
          id: true,
          number: true,
          content: true,
          wordCount: true,
          createdAt: true,
          facts: true,
          author: { select: { id: true, name: true } },
        },
      },
    },
  });
  const { currentRevision, children, ...rest } = section;
  return {
    ...rest,
    canEdit: access.canEdit && section.isLeaf,
    children: children.map((c) => ({
      key: c.key,
      title: c.title,
      isLeaf: c.isLeaf,
      filled: c.wordCount > 0,
    })),
    current: currentRevision && { ...currentRevision, facts: readFacts(currentRevision.facts) },
    /** Country Profile carries typed facts beside its text. */
    hasFacts: section.key === FACTS_SECTION_KEY && section.isLeaf,
  };
}
