import type { Actor } from "@dossier/core";
import type { Db } from "@dossier/db";
import { benchDocument, sectionWords } from "./content.ts";
import { createBenchBrief, createUsers, save } from "./seed.ts";

/** A signed-in editor's state in the save loops: their own section and its newest revision. */
export type Writer = { user: Actor; sectionId: string; lastId: string; words: string[]; edits: number };

/**
 * `count` editors on one brief, each owning one section that already has a first revision
 * (so every save is a plain "next revision", never a conflict or merge).
 */
export async function seedWriters(db: Db, count: number): Promise<Writer[]> {
  const users = await createUsers(db, "writer", count, "EDITOR");
  const [owner, ...others] = users as [Actor, ...Actor[]];
  const { leaves } = await createBenchBrief(db, owner, "Benchland", others, "EDITOR");
  return Promise.all(
    users.map(async (user, w) => {
      const sectionId = leaves[w]!.id;
      await db.section.update({ where: { id: sectionId }, data: { ownerId: user.id } });
      const words = sectionWords(1000 + w);
      const lastId = await save(db, user, sectionId, null, benchDocument(words));
      return { user, sectionId, lastId, words, edits: 0 };
    }),
  );
}

/** The input of the writer's next save: its newest revision as base, a few words changed. */
export function nextSave(writer: Writer) {
  writer.edits++;
  return {
    sectionId: writer.sectionId,
    baseRevisionId: writer.lastId,
    content: benchDocument(writer.words, writer.edits),
  };
}
