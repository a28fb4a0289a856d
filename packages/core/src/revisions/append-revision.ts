import { Prisma, type RevisionKind, rawEnum, rawTable, type SectionStatus } from "@dossier/db";
import type { JSONContent } from "@dossier/editor";
import type { AuditAction, SavedRevision } from "@dossier/schema";
import type { Actor, DbClient } from "../actor.ts";
import { reanchorThreads } from "../comments/reanchor-threads.ts";
import { newRowId } from "../ids.ts";
import { returnToDraftIfReviewed } from "../review/return-to-draft.ts";
import { wordDelta } from "./word-delta.ts";

export type RevisionDraft = {
  content: Prisma.InputJsonValue;
  text: string;
  wordCount: number;
  kind: RevisionKind;
  message: string | null;
  restoredFromId?: string | null;
  /** Everyone whose words are in it besides the author (the other side of a merge). */
  coAuthorIds?: string[];
  /** The expected current revision's text, when the caller already read it (saves a query). */
  previousText?: string;
  /** Country facts (Country Profile). Undefined carries the previous revision's facts forward. */
  facts?: Prisma.InputJsonValue | null;
  /**
   * Records this audit event in the same statement, with the revision's number, kind and words as
   * its data (what recordAudit would write after it): every save does, and a statement less per
   * save is a round trip less.
   */
  audit?: AuditAction;
};

export type { SavedRevision } from "@dossier/schema";

/** A revision's brief's `lastEditedAt` moves at most this often (it orders the dashboard). */
const BRIEF_TOUCH_MS = 60_000;

/**
 * Appends a revision on top of `expectedCurrentId` — every write of section content goes
 * through here. One statement (a data-modifying CTE, so one round trip): a conditional UPDATE of
 * the section row claims the next number and moves the section onto the new revision; the
 * revision and its contributors are inserted from what the claim returned. The claim only
 * succeeds while the section's current revision is still the expected one, and Postgres
 * re-checks that WHERE after waiting on a concurrent writer's row lock, so of two racing writers
 * exactly one wins; the loser's INSERTs select from an empty claim and write nothing. Foreign
 * keys are checked at the end of the statement, when the revision exists.
 * The brief's `lastEditedAt` is touched only when it is older than a minute: an UPDATE whose WHERE
 * is false takes no row lock, so writers of different sections of a brief don't queue on it.
 * It also answers whether the section has pinned threads, which then move onto the new revision
 * (reanchorThreads). A thread pinned while this runs is pinned to the revision its author saw,
 * which the next save moves on from, as before.
 * Returns null (having written nothing) when the claim fails. Call inside a transaction.
 */
export async function appendRevision(
  tx: DbClient,
  actor: Actor,
  section: { id: string; briefId: string },
  expectedCurrentId: string | null,
  draft: RevisionDraft,
): Promise<SavedRevision | null> {
  // Revisions never change, so the base's text may be read before the claim.
  const previousText =
    draft.previousText ??
    (expectedCurrentId
      ? ((await tx.revision.findUnique({ where: { id: expectedCurrentId }, select: { text: true } }))?.text ??
        "")
      : "");
  const delta = wordDelta(previousText, draft.text);
  const contributorIds = [...new Set([actor.id, ...(draft.coAuthorIds ?? [])])];
  const id = newRowId();
  const now = new Date();
  // timestamp(3) columns hold UTC; a cast from an ISO string keeps its digits.
  const at = Prisma.sql`${now.toISOString()}::timestamp(3)`;
  const touchBefore = new Date(now.getTime() - BRIEF_TOUCH_MS).toISOString();
  const rows = await tx.$queryRaw<{ number: number; status: SectionStatus; anchored: boolean }[]>`
    WITH claim AS (
      UPDATE ${rawTable(tx, "Section")} SET
        "revisionCount" = "revisionCount" + 1,
        "currentRevisionId" = ${id},
        text = ${draft.text},
        "wordCount" = ${draft.wordCount},
        "lastEditedAt" = ${at},
        "lastEditedById" = ${actor.id},
        "updatedAt" = ${at}
      WHERE id = ${section.id} AND "currentRevisionId" IS NOT DISTINCT FROM ${expectedCurrentId}
      RETURNING "revisionCount", status::text AS status
    ), revision AS (
      INSERT INTO ${rawTable(tx, "Revision")} (id, "sectionId", number, content, text, "wordCount",
        "authorId", "baseRevisionId", message, kind, "restoredFromId", "wordsAdded", "wordsRemoved",
        facts, "createdAt")
      SELECT ${id}, ${section.id}, claim."revisionCount", ${JSON.stringify(draft.content)}::jsonb,
        ${draft.text}, ${draft.wordCount}, ${actor.id}, ${expectedCurrentId}, ${draft.message},
        ${draft.kind}::${rawEnum(tx, "RevisionKind")}, ${draft.restoredFromId ?? null}, ${delta.added},
        ${delta.removed}, ${factsSql(tx, draft.facts, expectedCurrentId)}, ${at}
      FROM claim
      RETURNING id, number
    ), contributors AS (
      INSERT INTO ${rawTable(tx, "RevisionContributor")} ("revisionId", "userId")
      SELECT revision.id, c."userId"
      FROM revision, (VALUES ${Prisma.join(contributorIds.map((userId) => Prisma.sql`(${userId})`))}) AS c("userId")
    ), brief AS (
      UPDATE ${rawTable(tx, "Brief")} SET "lastEditedAt" = ${at}, "updatedAt" = ${at}
      WHERE id = ${section.briefId} AND "lastEditedAt" < ${touchBefore}::timestamp(3)
        AND EXISTS (SELECT 1 FROM claim)
    )${draft.audit ? auditSql(tx, actor, section, draft, at) : Prisma.empty}
    SELECT revision.number, claim.status, EXISTS (
      SELECT 1 FROM ${rawTable(tx, "CommentThread")} t WHERE t."sectionId" = ${section.id} AND t.anchor IS NOT NULL
    ) AS anchored
    FROM revision, claim`;
  const claimed = rows[0];
  if (!claimed) return null;
  const revision = {
    id,
    number: claimed.number,
    wordCount: draft.wordCount,
    createdAt: now,
    kind: draft.kind,
  };
  // An edit to reviewed text needs a fresh review (a no-op for drafts).
  await returnToDraftIfReviewed(tx, actor, section, claimed.status, id);
  // Most sections have no pinned threads: the statement above says so, sparing a query per save.
  if (claimed.anchored) {
    await reanchorThreads(tx, section.id, { id: revision.id, content: draft.content as JSONContent });
  }
  return revision;
}

/**
 * The new revision's facts: the draft's when it sends them (null clears them), else the expected
 * current revision's, carried forward in the same statement (facts travel with the text).
 */
function factsSql(
  tx: DbClient,
  facts: Prisma.InputJsonValue | null | undefined,
  expectedCurrentId: string | null,
): Prisma.Sql {
  if (facts === null) return Prisma.sql`NULL::jsonb`;
  if (facts !== undefined) return Prisma.sql`${JSON.stringify(facts)}::jsonb`;
  if (expectedCurrentId === null) return Prisma.sql`NULL::jsonb`;
  return Prisma.sql`(SELECT facts FROM ${rawTable(tx, "Revision")} WHERE id = ${expectedCurrentId})`;
}

/** The audit CTE: the event recordAudit writes for the revision the statement inserts, if it does. */
function auditSql(
  tx: DbClient,
  actor: Actor,
  section: { id: string; briefId: string },
  draft: RevisionDraft,
  at: Prisma.Sql,
): Prisma.Sql {
  return Prisma.sql`, audit AS (
      INSERT INTO ${rawTable(tx, "AuditEvent")}
        (id, "createdAt", "actorId", "actorName", action, "briefId", "sectionId", "targetId", ip, data)
      SELECT ${newRowId()}, ${at}, ${actor.id}, ${actor.name}, ${draft.audit ?? null}, ${section.briefId},
        ${section.id}, revision.id, ${actor.ip ?? null},
        jsonb_build_object('number', revision.number, 'kind', ${draft.kind}::text, 'words', ${draft.wordCount}::int)
      FROM revision
    )`;
}
