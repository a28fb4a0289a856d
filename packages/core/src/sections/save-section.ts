import { countWords, documentToPlainText, validateDocument } from "@dossier/editor";
import type { Prisma } from "@dossier/db";
import type { SaveSectionInput } from "@dossier/schema";
import type { Actor, Db } from "../actor.ts";
import { assertCanEditSection } from "../access/brief-access.ts";
import { AppError } from "../errors.ts";

export type SavedRevision = { id: string; number: number; wordCount: number; createdAt: Date };
export type SaveConflictData = { currentRevisionId: string | null; currentNumber: number };

/**
 * Writes revision n+1 of a section, if and only if the caller's base is still the section's
 * current revision. The check and the write are one statement-level claim on the section row
 * (an UPDATE … WHERE currentRevisionId = base), so of two saves racing on one base exactly one
 * wins; the other gets CONFLICT and writes nothing. Everything happens in one transaction.
 */
export async function saveSection(db: Db, actor: Actor, input: SaveSectionInput): Promise<SavedRevision> {
  const checked = validateDocument(input.content);
  if (!checked.ok) throw new AppError("BAD_REQUEST", checked.error);
  const text = documentToPlainText(checked.doc);
  const wordCount = countWords(text);
  const content = checked.doc.toJSON() as Prisma.InputJsonValue;

  return db.$transaction(async (tx) => {
    const { section } = await assertCanEditSection(tx, actor, input.sectionId);
    const now = new Date();
    // The claim: moves revisionCount on only when nobody saved since our base. Postgres re-checks
    // the WHERE after waiting on a concurrent writer's row lock, so the loser sees count 0.
    const claim = await tx.section.updateMany({
      where: { id: section.id, currentRevisionId: input.baseRevisionId },
      data: { revisionCount: { increment: 1 } },
    });
    if (claim.count === 0) {
      const current = await tx.section.findUniqueOrThrow({
        where: { id: section.id },
        select: { currentRevisionId: true, revisionCount: true },
      });
      throw new AppError<SaveConflictData>(
        "CONFLICT",
        "Someone saved this section after you started editing",
        { currentRevisionId: current.currentRevisionId, currentNumber: current.revisionCount },
      );
    }
    const { revisionCount, status } = await tx.section.findUniqueOrThrow({
      where: { id: section.id },
      select: { revisionCount: true, status: true },
    });
    const revision = await tx.revision.create({
      data: {
        sectionId: section.id,
        number: revisionCount,
        content,
        text,
        wordCount,
        authorId: actor.id,
        baseRevisionId: input.baseRevisionId,
        message: input.message || null,
      },
      select: { id: true, number: true, wordCount: true, createdAt: true },
    });
    await tx.section.update({
      where: { id: section.id },
      data: {
        currentRevisionId: revision.id,
        wordCount,
        lastEditedAt: now,
        lastEditedById: actor.id,
        // An edit to approved text needs a fresh review.
        ...(status === "APPROVED" ? { status: "DRAFT" as const } : {}),
      },
    });
    await tx.brief.update({ where: { id: section.briefId }, data: { lastEditedAt: now } });
    return revision;
  });
}
