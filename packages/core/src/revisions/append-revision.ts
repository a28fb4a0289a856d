import { Prisma, type RevisionKind } from "@dossier/db";
import type { JSONContent } from "@dossier/editor";
import type { SavedRevision } from "@dossier/schema";
import type { Actor, DbClient } from "../actor.ts";
import { reanchorThreads } from "../comments/reanchor-threads.ts";
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
  /** The expected current revision's facts, read with `previousText` (else one more query). */
  previousFacts?: Prisma.JsonValue | null;
};

export type { SavedRevision } from "@dossier/schema";

/**
 * Appends a revision on top of `expectedCurrentId` — every write of section content goes
 * through here. The claim is one conditional UPDATE on the section row: it only succeeds while
 * the section's current revision is still the expected one, and Postgres re-checks that WHERE
 * after waiting on a concurrent writer's row lock, so of two racing writers exactly one wins.
 * Returns null (having written nothing) when the claim fails. Call inside a transaction.
 */
export async function appendRevision(
  tx: DbClient,
  actor: Actor,
  section: { id: string; briefId: string },
  expectedCurrentId: string | null,
  draft: RevisionDraft,
): Promise<SavedRevision | null> {
  // The claim returns the new count and status in the same statement (one round trip).
  const [claimed] = await tx.section.updateManyAndReturn({
    where: { id: section.id, currentRevisionId: expectedCurrentId },
    data: { revisionCount: { increment: 1 } },
    select: { revisionCount: true, status: true },
  });
  if (!claimed) return null;
  const { revisionCount, status } = claimed;

  // Facts travel with the text: a save that doesn't send them keeps the previous revision's.
  const known =
    draft.previousText !== undefined && (draft.facts !== undefined || draft.previousFacts !== undefined);
  const previous = known
    ? { text: draft.previousText ?? "", facts: draft.previousFacts ?? null }
    : expectedCurrentId
      ? await tx.revision.findUnique({
          where: { id: expectedCurrentId },
          select: { text: true, facts: true },
        })
      : null;
  const facts = draft.facts !== undefined ? draft.facts : (previous?.facts ?? null);
  const delta = wordDelta(previous?.text ?? "", draft.text);
  const contributorIds = [...new Set([actor.id, ...(draft.coAuthorIds ?? [])])];
  const now = new Date();
  const revision = await tx.revision.create({
    data: {
      sectionId: section.id,
      number: revisionCount,
      content: draft.content,
      text: draft.text,
      wordCount: draft.wordCount,
      authorId: actor.id,
      baseRevisionId: expectedCurrentId,
      message: draft.message,
      kind: draft.kind,
      restoredFromId: draft.restoredFromId ?? null,
      wordsAdded: delta.added,
      wordsRemoved: delta.removed,
      facts: facts === null ? Prisma.DbNull : (facts as Prisma.InputJsonValue),
      contributors: { createMany: { data: contributorIds.map((userId) => ({ userId })) } },
    },
    select: { id: true, number: true, wordCount: true, createdAt: true, kind: true },
  });
  await tx.section.update({
    where: { id: section.id },
    data: {
      currentRevisionId: revision.id,
      // Search reads the current text here; PostgreSQL recomputes searchVector from it.
      text: draft.text,
      wordCount: draft.wordCount,
      lastEditedAt: now,
      lastEditedById: actor.id,
    },
    select: { id: true }, // not the whole row back: it now holds the text
  });
  await tx.brief.update({ where: { id: section.briefId }, data: { lastEditedAt: now } });
  // An edit to reviewed text needs a fresh review (a no-op for drafts).
  await returnToDraftIfReviewed(tx, actor, section, status, revision.id);
  await reanchorThreads(tx, section.id, { id: revision.id, content: draft.content as JSONContent });
  return revision;
}
