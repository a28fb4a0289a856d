import type { Prisma } from "@dossier/db";
import type { ResolveConflictInput, SavedRevision } from "@dossier/schema";
import { assertCanEditSection } from "../access/brief-access.ts";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { defined } from "../defined.ts";
import { AppError } from "../errors.ts";
import { publishRevision } from "../live/publish.ts";
import { appendRevision } from "./append-revision.ts";
import { checkContent } from "./checked-content.ts";

/**
 * After a CONFLICT the analyst saw their version beside the current one and chose. Whatever they
 * chose, neither text is lost: their own version is always written to history first (unless it
 * is the one chosen), then the chosen text becomes current. One transaction.
 */
export async function resolveConflict(
  db: Db,
  actor: Actor,
  input: ResolveConflictInput,
): Promise<SavedRevision> {
  const mine = checkContent(input.mine);
  const merged = input.choice === "merged" ? checkContent(input.merged) : null;
  const { section, written } = await db.$transaction(async (tx) => {
    const { section } = await assertCanEditSection(tx, actor, input.sectionId);
    const theirs = await tx.revision.findFirst({
      where: { id: input.theirsRevisionId, sectionId: section.id },
      select: { id: true, number: true, authorId: true, content: true, text: true, wordCount: true },
    });
    if (!theirs) throw new AppError("NOT_FOUND", "Revision not found in this section");
    const stale = async () => {
      const now = await tx.section.findUniqueOrThrow({
        where: { id: section.id },
        select: { currentRevisionId: true, revisionCount: true },
      });
      return new AppError(
        "CONFLICT",
        "The section changed again while you were choosing; review the newest version",
        {
          currentRevisionId: now.currentRevisionId,
          currentNumber: now.revisionCount,
          conflicts: [],
        },
      );
    };

    const minePlain = {
      ...mine,
      kind: "EDIT" as const,
      message: `My version (conflicted with #${theirs.number})`,
    };
    const audit = (written: SavedRevision) =>
      recordAudit(tx, actor, {
        action: "revision.resolveConflict",
        briefId: section.briefId,
        sectionId: section.id,
        targetId: written.id,
        data: { choice: input.choice, number: written.number, theirs: theirs.number },
      });
    if (input.choice === "mine") {
      const written = await appendRevision(tx, actor, section, theirs.id, minePlain);
      if (!written) throw await stale();
      await audit(written);
      return { section, written };
    }
    const record = await appendRevision(tx, actor, section, theirs.id, {
      ...minePlain,
      message: `My version, not chosen (conflicted with #${theirs.number})`,
    });
    if (!record) throw await stale();
    const final =
      input.choice === "theirs"
        ? {
            content: theirs.content as Prisma.InputJsonValue,
            text: theirs.text,
            wordCount: theirs.wordCount,
            kind: "RESTORE" as const,
            message: `Kept #${theirs.number}`,
            restoredFromId: theirs.id,
          }
        : {
            ...defined(merged, "merged text"),
            kind: "MERGE" as const,
            message: `Merged by hand with #${theirs.number}`,
            coAuthorIds: [theirs.authorId],
          };
    const written = await appendRevision(tx, actor, section, record.id, final);
    if (!written) throw await stale();
    await audit(written);
    return { section, written };
  });
  await publishRevision(db, actor, section, written);
  return written;
}
