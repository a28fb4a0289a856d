import type { ThreadStatus } from "@dossier/db";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { publishThread } from "../live/publish.ts";
import { assertCanModerateThread, loadThread } from "./comment-access.ts";

/** Resolve or reopen a thread (its author, the section's editors, reviewers). */
export async function setThreadStatus(
  db: Db,
  actor: Actor,
  input: { threadId: string; status: ThreadStatus },
) {
  const thread = await db.$transaction(async (tx) => {
    const { thread } = await loadThread(tx, actor, input.threadId);
    await assertCanModerateThread(tx, actor, thread);
    await tx.commentThread.update({
      where: { id: thread.id },
      data:
        input.status === "RESOLVED"
          ? { status: "RESOLVED", resolvedAt: new Date(), resolvedById: actor.id }
          : { status: "OPEN", resolvedAt: null, resolvedById: null },
    });
    await recordAudit(tx, actor, {
      action: "thread.setStatus",
      briefId: thread.briefId,
      sectionId: thread.sectionId,
      targetId: thread.id,
      data: { from: thread.status, to: input.status },
    });
    return thread;
  });
  await publishThread(db, actor, thread);
  return { threadId: thread.id, status: input.status };
}
