import type { Actor, Db } from "../actor.ts";
import { publishAfterCommit } from "./bus.ts";

/** Tells everyone viewing the section (and its brief's outline) that a new revision exists. */
export function publishRevision(
  db: Db,
  actor: Actor,
  section: { id: string; briefId: string },
  revision: { id: string; number: number },
): Promise<void> {
  return publishAfterCommit(db, [
    {
      type: "revision",
      briefId: section.briefId,
      sectionId: section.id,
      revisionId: revision.id,
      number: revision.number,
      author: { id: actor.id, name: actor.name },
    },
  ]);
}
