import type { DbClient } from "../actor.ts";

/*
 * A brief's status is a summary of its sections, kept on the row so the dashboard can filter
 * and sort by it: IN_REVIEW while any section waits for a reviewer, else DRAFT — except that
 * PUBLISHED holds (publishing sets it) until something in the brief changes (`unpublish`).
 */

/** Re-derive DRAFT / IN_REVIEW after a section's review state changed; leaves PUBLISHED alone. */
export async function settleBriefStatus(tx: DbClient, briefId: string): Promise<void> {
  const waiting = await tx.section.count({ where: { briefId, status: "IN_REVIEW" } });
  const status = waiting > 0 ? "IN_REVIEW" : "DRAFT";
  await tx.brief.updateMany({
    where: { id: briefId, status: { notIn: ["PUBLISHED", status] } },
    data: { status },
  });
}

/** A published brief that changes is a draft again (its published version stays readable). */
export async function unpublish(tx: DbClient, briefId: string): Promise<void> {
  await tx.brief.updateMany({ where: { id: briefId, status: "PUBLISHED" }, data: { status: "DRAFT" } });
  await settleBriefStatus(tx, briefId);
}
