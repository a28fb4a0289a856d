import type { EditCommentInput } from "@dossier/schema";
import type { Actor, Db, DbClient } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";
import { publishThread } from "../live/publish.ts";
import { canComment, loadThread } from "./comment-access.ts";
import { checkMentions } from "./mentions.ts";

async function loadOwnComment(tx: DbClient, actor: Actor, commentId: string) {
  const comment = await tx.comment.findUnique({
    where: { id: commentId },
    select: { id: true, authorId: true, threadId: true, deletedAt: true },
  });
  if (!comment) throw new AppError("NOT_FOUND", "Comment not found");
  const { thread, access } = await loadThread(tx, actor, comment.threadId);
  if (comment.authorId !== actor.id) throw new AppError("FORBIDDEN", "You can only change your own comments");
  // Authorship is not a right in itself: someone demoted to viewer no longer writes in the brief.
  if (!canComment(access.level)) throw new AppError("FORBIDDEN", "You have read-only access to this brief");
  if (comment.deletedAt) throw new AppError("BAD_REQUEST", "This comment was deleted");
  return { comment, thread };
}

/** Edits your own comment. Mentions are replaced; people newly mentioned are not re-notified. */
export async function editComment(db: Db, actor: Actor, input: EditCommentInput) {
  const thread = await db.$transaction(async (tx) => {
    const { comment, thread } = await loadOwnComment(tx, actor, input.commentId);
    const mentioned = await checkMentions(tx, thread.briefId, input.mentionUserIds);
    await tx.comment.update({ where: { id: comment.id }, data: { body: input.body, editedAt: new Date() } });
    await tx.commentMention.deleteMany({ where: { commentId: comment.id } });
    if (mentioned.length) {
      await tx.commentMention.createMany({
        data: mentioned.map((userId) => ({ commentId: comment.id, userId })),
      });
    }
    await recordAudit(tx, actor, {
      action: "comment.update",
      briefId: thread.briefId,
      sectionId: thread.sectionId,
      targetId: comment.id,
      data: { threadId: thread.id, mentioned: mentioned.length },
    });
    return thread;
  });
  await publishThread(db, actor, thread);
  return { commentId: input.commentId };
}

/** Deletes your own comment. The thread keeps its place and shows "comment deleted". */
export async function deleteComment(db: Db, actor: Actor, commentId: string) {
  const thread = await db.$transaction(async (tx) => {
    const { comment, thread } = await loadOwnComment(tx, actor, commentId);
    await tx.comment.update({ where: { id: comment.id }, data: { body: "", deletedAt: new Date() } });
    await tx.commentMention.deleteMany({ where: { commentId: comment.id } });
    await recordAudit(tx, actor, {
      action: "comment.delete",
      briefId: thread.briefId,
      sectionId: thread.sectionId,
      targetId: comment.id,
      data: { threadId: thread.id },
    });
    return thread;
  });
  await publishThread(db, actor, thread);
  return { commentId };
}
