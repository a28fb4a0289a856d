import type { SectionStatus } from "@dossier/db";
import type { Actor, DbClient } from "../actor.ts";
import { unpublish } from "./brief-status.ts";

/**
 * Called by `appendRevision` in the save's transaction, with the status the section had before
 * the edit: new text needs a fresh review. An approved, in-review or not-applicable section goes
 * back to draft (keeping `approvedRevisionId`, for "changes since approved"), the step is recorded
 * as RETURNED_TO_DRAFT, and a published brief becomes a draft again. Costs nothing for a section
 * already in draft (the common case): every leaf of a published brief is approved or not
 * applicable, so the first edit after publishing always comes through here.
 */
export async function returnToDraftIfReviewed(
  tx: DbClient,
  actor: Actor,
  section: { id: string; briefId: string },
  previousStatus: SectionStatus,
  revisionId: string,
): Promise<void> {
  if (previousStatus === "DRAFT") return;
  await tx.section.update({
    where: { id: section.id },
    data: { status: "DRAFT", reviewerId: null, reviewDueAt: null },
    select: { id: true },
  });
  await tx.sectionReviewEvent.create({
    data: {
      briefId: section.briefId,
      sectionId: section.id,
      actorId: actor.id,
      kind: "RETURNED_TO_DRAFT",
      revisionId,
      note: previousStatus,
    },
  });
  await unpublish(tx, section.briefId);
}
