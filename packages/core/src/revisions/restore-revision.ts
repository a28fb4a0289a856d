import type { Prisma } from "@dossier/db";
import type { SavedRevision } from "@dossier/schema";
import { assertCanEditSection } from "../access/brief-access.ts";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";
import { publishRevision } from "../live/publish.ts";
import { appendRevision } from "./append-revision.ts";

/**
 * Brings back an older revision's content as a NEW revision ("Restored from #k"): history is
 * never rewritten, and the text being replaced stays one click away.
 */
export async function restoreRevision(
  db: Db,
  actor: Actor,
  input: { sectionId: string; revisionId: string },
): Promise<SavedRevision> {
  const { section, written } = await db.$transaction(async (tx) => {
    const { section } = await assertCanEditSection(tx, actor, input.sectionId);
    const [source, current] = await Promise.all([
      tx.revision.findFirst({
        where: { id: input.revisionId, sectionId: section.id },
        select: { id: true, number: true, content: true, text: true, wordCount: true, facts: true },
      }),
      tx.section.findUniqueOrThrow({ where: { id: section.id }, select: { currentRevisionId: true } }),
    ]);
    if (!source) throw new AppError("NOT_FOUND", "Revision not found in this section");
    if (source.id === current.currentRevisionId)
      throw new AppError("BAD_REQUEST", "This is already the current revision");
    const written = await appendRevision(tx, actor, section, current.currentRevisionId, {
      content: source.content as Prisma.InputJsonValue,
      text: source.text,
      wordCount: source.wordCount,
      kind: "RESTORE",
      message: `Restored from #${source.number}`,
      restoredFromId: source.id,
      // Country facts come back with the text they were saved with.
      facts: (source.facts ?? null) as Prisma.InputJsonValue | null,
    });
    if (!written) throw new AppError("CONFLICT", "The section changed while restoring; try again");
    await recordAudit(tx, actor, {
      action: "revision.restore",
      briefId: section.briefId,
      sectionId: section.id,
      targetId: written.id,
      data: { number: written.number, restoredFrom: source.number },
    });
    return { section, written };
  });
  await publishRevision(db, actor, section, written);
  return written;
}
