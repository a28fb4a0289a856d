import type { ReplyInput } from "@dossier/schema";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { publishThread } from "../live/publish.ts";
import { assertCanComment, loadThread } from "./comment-access.ts";
import { checkMentions, writeCommentSideEffects } from "./mentions.ts";

/** Adds a reply; notifies everyone already in the thread, and whoever is @mentioned. */
export async function replyToThread(db: Db, actor: Actor, input: ReplyInput) {
  const result = await db.$transaction(async (tx) => {
    const { thread } = await loadThread(tx, actor, input.threadId);
    await assertCanComment(tx, actor, thread.sectionId);
    const mentioned = await checkMentions(tx, thread.briefId, input.mentionUserIds);
    const participants = await tx.comment.findMany({
      where: { threadId: thread.id, deletedAt: null },
      select: { authorId: true },
      distinct: ["authorId"],
    });
    const comment = await tx.comment.create({
      data: { threadId: thread.id, authorId: actor.id, body: input.body },
      select: { id: true, threadId: true },
    });
    // Replying to a resolved thread reopens the conversation.
    await tx.commentThread.update({
      where: { id: thread.id },
      data:
        thread.status === "RESOLVED"
          ? { status: "OPEN", resolvedAt: null, resolvedById: null }
          : { updatedAt: new Date() },
    });
    const others = [thread.authorId, ...participants.map((p) => p.authorId)].map((userId) => ({
      userId,
      kind: "REPLY" as const,
    }));
    const notified = await writeCommentSideEffects(
      tx,
      actor,
      { ...comment, briefId: thread.briefId },
      mentioned,
      others,
    );
    await recordAudit(tx, actor, {
      action: "comment.reply",
      briefId: thread.briefId,
      sectionId: thread.sectionId,
      targetId: comment.id,
      data: { threadId: thread.id, reopened: thread.status === "RESOLVED", mentioned: mentioned.length },
    });
    return { thread, commentId: comment.id, notified };
  });
  const { thread } = result;
  await publishThread(db, actor, thread, result.notified);
  return { commentId: result.commentId };
}
