import { isDeepStrictEqual } from "node:util";
import { emptyDocument, type JSONContent } from "@dossier/editor";
import type {
  DocumentJson,
  SaveConflictData,
  SavedRevision,
  SaveResult,
  SaveSectionInput,
} from "@dossier/schema";
import { assertCanEditSectionWithCurrent, type CurrentText } from "../access/brief-access.ts";
import type { Actor, Db, DbClient } from "../actor.ts";
import { AppError } from "../errors.ts";
import { publishRevision } from "../live/publish.ts";
import { type MergeConflict, mergeDocuments } from "../merge/index.ts";
import { appendRevision } from "../revisions/append-revision.ts";
import { checkContent } from "../revisions/checked-content.ts";

export type { SaveConflictData, SaveResult } from "@dossier/schema";

/** Every revision a save writes records "section.save" in the statement that writes it (appendRevision). */
const audit = "section.save" as const;

/**
 * Saves a section. Based on the current revision → revision n+1. Based on a stale one → a
 * three-way merge with what was saved meanwhile (packages/core/src/merge): saved as a MERGE
 * revision crediting both authors when the edits don't overlap, otherwise CONFLICT and nothing
 * written, so the analyst can choose (resolveConflict). One transaction either way, its audit
 * event included; a save that changes nothing writes nothing.
 */
export async function saveSection(db: Db, actor: Actor, input: SaveSectionInput): Promise<SaveResult> {
  const mine = checkContent(input.content);
  const { section, saved, wrote } = await db.$transaction(async (tx) => {
    // One query: the access check, and the current revision's text (the word counts need it).
    const { section, current } = await assertCanEditSectionWithCurrent(tx, actor, input.sectionId);
    const base = await readCurrentBase(tx, current, input, mine);
    if (base.unchanged) return { section, saved: { ...base.unchanged, merged: null }, wrote: false };
    const draft = {
      ...mine,
      kind: "EDIT" as const,
      message: input.message || null,
      previousText: base.text,
      audit,
    };
    // A base that is not current can't win the claim: go straight to the merge.
    const written =
      base.text !== undefined || (!input.baseRevisionId && !current)
        ? await appendRevision(tx, actor, section, input.baseRevisionId, draft)
        : null;
    const { saved, wrote } = written
      ? { saved: { ...written, merged: null }, wrote: true }
      : await mergeStaleSave(tx, actor, section, input);
    return { section, saved, wrote };
  });
  if (wrote) await publishRevision(db, actor, section, saved);
  return saved;
}

/**
 * Reads the base revision when it is still current: its text feeds the word counts, and a save
 * that changes nothing (the editor normalising a document, a focus that autosaves) is answered
 * with the current revision instead of a new one, so history lists only real edits. Content is
 * only read (and compared — jsonb ignores key order, hence deep equality) when the text matches.
 */
async function readCurrentBase(
  tx: DbClient,
  current: CurrentText,
  input: SaveSectionInput,
  mine: { content: unknown; text: string },
): Promise<{ text?: string; unchanged?: SavedRevision }> {
  if (!input.baseRevisionId || current?.id !== input.baseRevisionId) return {};
  const base = current;
  if (base.text.trimEnd() !== mine.text.trimEnd() || input.message) return { text: base.text };
  const full = await tx.revision.findFirst({
    where: { id: base.id, sectionId: input.sectionId },
    select: { id: true, number: true, wordCount: true, createdAt: true, kind: true, content: true },
  });
  if (!full || !sameDocument(full.content, mine.content)) {
    return base;
  }
  const { content: _content, ...unchanged } = full;
  return { ...base, unchanged };
}

/** Equal documents (jsonb ignores key order, hence deep equality), trailing empty paragraph aside. */
const sameDocument = (a: unknown, b: unknown) =>
  isDeepStrictEqual(withoutTrailingEmpty(a), withoutTrailingEmpty(b));

/**
 * The editor appends an empty paragraph after a closing table or quote so the cursor can get
 * past it; that alone is not an edit (otherwise merely opening such a section would save one).
 */
function withoutTrailingEmpty(content: unknown): unknown {
  const doc = content as { content?: { type?: string; content?: unknown[] }[] } | null;
  if (!doc?.content) return content;
  const blocks = [...doc.content];
  while (blocks.length > 1 && blocks.at(-1)?.type === "paragraph" && !blocks.at(-1)?.content?.length)
    blocks.pop();
  return { ...doc, content: blocks };
}

/**
 * A save on a stale base: the current text already (someone saved the very same words, or this
 * same save went through once and its answer was lost to a broken connection, so the client
 * retried), an ordinary edit when only the facts moved, else the three-way merge.
 */
async function mergeStaleSave(
  tx: DbClient,
  actor: Actor,
  section: { id: string; briefId: string },
  input: SaveSectionInput,
): Promise<{ saved: SaveResult; wrote: boolean }> {
  const current = await tx.section.findUniqueOrThrow({
    where: { id: section.id },
    select: {
      revisionCount: true,
      currentRevision: {
        select: {
          id: true,
          number: true,
          content: true,
          authorId: true,
          wordCount: true,
          createdAt: true,
          kind: true,
        },
      },
    },
  });
  const head = current.currentRevision;
  if (head && !input.message && sameDocument(head.content, input.content)) {
    const { content: _content, authorId: _author, ...unchanged } = head;
    return { saved: { ...unchanged, merged: null }, wrote: false };
  }
  return { saved: await mergeOnto(tx, actor, section, input, current), wrote: true };
}

async function mergeOnto(
  tx: DbClient,
  actor: Actor,
  section: { id: string; briefId: string },
  input: SaveSectionInput,
  current: {
    revisionCount: number;
    currentRevision: { id: string; number: number; content: unknown; authorId: string } | null;
  },
): Promise<SaveResult> {
  const base = input.baseRevisionId
    ? await tx.revision.findFirst({
        where: { id: input.baseRevisionId, sectionId: section.id },
        select: { content: true },
      })
    : { content: emptyDocument() };
  if (!base) throw new AppError("BAD_REQUEST", "Unknown base revision for this section");
  const theirs = current.currentRevision;
  const conflict = (conflicts: MergeConflict[]) =>
    new AppError<SaveConflictData>("CONFLICT", "Someone saved this section after you started editing", {
      currentRevisionId: theirs?.id ?? null,
      currentNumber: current.revisionCount,
      conflicts,
    });
  if (!theirs) throw conflict([]);

  // Only the facts changed since the base (Country Profile's facts form saved meanwhile): the
  // text is the writer's alone, so it is an ordinary edit on top, not a merge.
  if (isDeepStrictEqual(base.content, theirs.content)) {
    const written = await appendRevision(tx, actor, section, theirs.id, {
      ...checkContent(input.content),
      kind: "EDIT",
      message: input.message || null,
      audit,
    });
    if (!written) throw conflict([]);
    return { ...written, merged: null };
  }

  const result = mergeDocuments(
    base.content as JSONContent,
    theirs.content as JSONContent,
    input.content as JSONContent,
  );
  if (!result.ok) throw conflict(result.conflicts);
  const merged = checkContent(result.doc);
  const written = await appendRevision(tx, actor, section, theirs.id, {
    ...merged,
    kind: "MERGE",
    message: input.message || `Merged with #${theirs.number}`,
    coAuthorIds: [theirs.authorId],
    audit,
  });
  // Someone saved again while we merged: let the client retry against the newest revision.
  if (!written) throw conflict([]);
  return { ...written, merged: { content: merged.content as DocumentJson, withNumber: theirs.number } };
}
