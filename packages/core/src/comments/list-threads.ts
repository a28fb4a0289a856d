import type { Prisma } from "@dossier/db";
import type { ListBriefThreadsInput } from "@dossier/schema";
import { assertCanReadBrief, getSectionAccess } from "../access/brief-access.ts";
import { canReviewBrief } from "../access/roles.ts";
import type { Actor, Db } from "../actor.ts";
import { canComment } from "./comment-access.ts";

const threadSelect = {
  id: true,
  sectionId: true,
  section: { select: { key: true, title: true } },
  author: { select: { id: true, name: true } },
  anchor: true,
  originalQuote: true,
  detached: true,
  status: true,
  resolvedAt: true,
  resolvedBy: { select: { id: true, name: true } },
  createdAt: true,
  updatedAt: true,
  comments: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      body: true,
      createdAt: true,
      editedAt: true,
      deletedAt: true,
      author: { select: { id: true, name: true } },
      mentions: { select: { user: { select: { id: true, name: true } } } },
    },
  },
} satisfies Prisma.CommentThreadSelect;

type ThreadRow = Prisma.CommentThreadGetPayload<{ select: typeof threadSelect }>;

function present(thread: ThreadRow) {
  return {
    ...thread,
    comments: thread.comments.map(({ deletedAt, mentions, ...c }) => ({
      ...c,
      // A deleted comment keeps its place in the thread but none of its words.
      body: deletedAt ? "" : c.body,
      deleted: deletedAt !== null,
      mentions: deletedAt ? [] : mentions.map((m) => m.user),
    })),
  };
}

/** Every thread of a section (open and resolved; the panel hides resolved ones by default). */
export async function listSectionThreads(db: Db, actor: Actor, sectionId: string) {
  const access = await getSectionAccess(db, actor, sectionId);
  const threads = await db.commentThread.findMany({
    where: { sectionId },
    orderBy: { createdAt: "asc" },
    select: threadSelect,
  });
  return {
    canComment: canComment(access.level),
    canModerate: access.canEdit || canReviewBrief(access.level),
    threads: threads.map(present),
  };
}

/** The brief-wide panel: threads across sections, filtered, newest activity first. */
export async function listBriefThreads(db: Db, actor: Actor, input: ListBriefThreadsInput) {
  await assertCanReadBrief(db, actor, input.briefId);
  const threads = await db.commentThread.findMany({
    where: {
      briefId: input.briefId,
      ...(input.status === "ALL" ? {} : { status: input.status }),
      ...(input.sectionId ? { sectionId: input.sectionId } : {}),
      ...(input.authorId ? { authorId: input.authorId } : {}),
      ...(input.mentionsMe ? { comments: { some: { mentions: { some: { userId: actor.id } } } } } : {}),
    },
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: threadSelect,
  });
  return threads.map(present);
}

/** Open threads per section, for the outline's badges. */
export async function openThreadCounts(db: Db, briefId: string): Promise<Map<string, number>> {
  const rows = await db.commentThread.groupBy({
    by: ["sectionId"],
    where: { briefId, status: "OPEN" },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.sectionId, r._count._all]));
}
