import type { Prisma } from "@dossier/db";
import { type JSONContent, resolveAnchor } from "@dossier/editor";
import type { CreateThreadInput } from "@dossier/schema";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { defined } from "../defined.ts";
import { AppError } from "../errors.ts";
import { publishThread } from "../live/publish.ts";
import { assertCanComment } from "./comment-access.ts";
import { checkMentions, writeCommentSideEffects } from "./mentions.ts";

/**
 * Opens a thread pinned to a quoted range of the section's current text (or to the section as a
 * whole), with its first comment. The anchor is checked against the current revision so a pin
 * can't point at text that isn't there. Commenting never writes a revision.
 */
export async function createThread(db: Db, actor: Actor, input: CreateThreadInput) {
  const result = await db.$transaction(async (tx) => {
    const { section } = await assertCanComment(tx, actor, input.sectionId);
    const current = await tx.section.findUniqueOrThrow({
      where: { id: section.id },
      select: { ownerId: true, currentRevision: { select: { id: true, content: true } } },
    });
    if (input.anchor) {
      const content = current.currentRevision?.content as JSONContent | undefined;
      if (!content || !resolveAnchor(content, input.anchor)) {
        throw new AppError(
          "BAD_REQUEST",
          "The selected text isn't in the saved section; save, then select it again",
        );
      }
    }
    const mentioned = await checkMentions(tx, section.briefId, input.mentionUserIds);
    const thread = await tx.commentThread.create({
      data: {
        briefId: section.briefId,
        sectionId: section.id,
        authorId: actor.id,
        anchor: (input.anchor ?? undefined) as Prisma.InputJsonValue | undefined,
        originalQuote: input.anchor?.quote.exact ?? null,
        anchorRevisionId: input.anchor ? (current.currentRevision?.id ?? null) : null,
        comments: { create: { authorId: actor.id, body: input.body } },
      },
      select: { id: true, comments: { select: { id: true } } },
    });
    const comment = {
      id: defined(thread.comments[0], "first comment").id,
      threadId: thread.id,
      briefId: section.briefId,
    };
    const others = current.ownerId ? [{ userId: current.ownerId, kind: "NEW_THREAD" as const }] : [];
    const notified = await writeCommentSideEffects(tx, actor, comment, mentioned, others);
    await recordAudit(tx, actor, {
      action: "thread.create",
      briefId: section.briefId,
      sectionId: section.id,
      targetId: thread.id,
      data: { commentId: comment.id, pinned: input.anchor !== null, mentioned: mentioned.length },
    });
    return {
      threadId: thread.id,
      commentId: comment.id,
      briefId: section.briefId,
      sectionId: section.id,
      notified,
    };
  });
  const thread = { id: result.threadId, briefId: result.briefId, sectionId: result.sectionId };
  await publishThread(db, actor, thread, result.notified);
  return { threadId: result.threadId, commentId: result.commentId };
}
