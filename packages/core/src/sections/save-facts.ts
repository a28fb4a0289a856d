import { isDeepStrictEqual } from "node:util";
import type { Prisma } from "@dossier/db";
import { emptyDocument } from "@dossier/editor";
import { FACTS_SECTION_KEY, type SavedRevision, type SaveFactsInput } from "@dossier/schema";
import { assertCanEditSection } from "../access/brief-access.ts";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";
import { publishRevision } from "../live/publish.ts";
import { appendRevision } from "../revisions/append-revision.ts";

/**
 * Saves Country Profile's facts as a new revision carrying the current text unchanged, so the
 * facts live in history beside the text (restore and named versions bring back both).
 * `baseRevisionId` is the revision the form started from: if text was saved since, the facts
 * still go on top (nobody else touched them); if someone changed the facts meanwhile, CONFLICT
 * and nothing written. Facts equal to the current ones write nothing.
 */
export async function saveFacts(db: Db, actor: Actor, input: SaveFactsInput): Promise<SavedRevision> {
  const { section, saved, wrote } = await db.$transaction(async (tx) => {
    const { section } = await assertCanEditSection(tx, actor, input.sectionId);
    const { key, currentRevision } = await tx.section.findUniqueOrThrow({
      where: { id: section.id },
      select: {
        key: true,
        currentRevision: {
          select: {
            id: true,
            number: true,
            wordCount: true,
            createdAt: true,
            kind: true,
            content: true,
            text: true,
            facts: true,
          },
        },
      },
    });
    if (key !== FACTS_SECTION_KEY)
      throw new AppError("BAD_REQUEST", "Only the Country Profile section carries country facts");
    const current = currentRevision;
    if ((current?.id ?? null) !== input.baseRevisionId) {
      const base = input.baseRevisionId
        ? await tx.revision.findFirst({
            where: { id: input.baseRevisionId, sectionId: section.id },
            select: { facts: true },
          })
        : { facts: null };
      if (!base) throw new AppError("BAD_REQUEST", "Unknown base revision for this section");
      if (!isDeepStrictEqual(base.facts ?? null, current?.facts ?? null))
        throw new AppError(
          "CONFLICT",
          "Someone changed these facts after you opened them; reload to see theirs",
        );
    }
    const facts = Object.keys(input.facts).length > 0 ? input.facts : null;
    if (current && isDeepStrictEqual(current.facts ?? null, facts)) {
      const { content: _c, text: _t, facts: _f, ...unchanged } = current;
      return { section, saved: unchanged, wrote: false };
    }
    const written = await appendRevision(tx, actor, section, current?.id ?? null, {
      content: (current?.content ?? emptyDocument()) as Prisma.InputJsonValue,
      text: current?.text ?? "",
      wordCount: current?.wordCount ?? 0,
      kind: "EDIT",
      message: "Updated country facts",
      facts: facts as Prisma.InputJsonValue | null,
      previousText: current?.text ?? "",
    });
    if (!written) throw new AppError("CONFLICT", "The section changed while saving; try again");
    await recordAudit(tx, actor, {
      action: "section.saveFacts",
      briefId: section.briefId,
      sectionId: section.id,
      targetId: written.id,
      data: { number: written.number, facts: Object.keys(input.facts) },
    });
    return { section, saved: written, wrote: true };
  });
  if (wrote) await publishRevision(db, actor, section, saved);
  return saved;
}
