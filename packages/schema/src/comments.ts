import { z } from "zod";
import { idSchema } from "./common.ts";
import { boundedInt, safeText } from "./text.ts";

/** W3C Web Annotation selectors, as Hypothesis stores them: the quote with context, and offsets. */
export const anchorSchema = z.object({
  quote: z.object({
    exact: safeText("The selected text")
      .min(1, "Select some text to comment on")
      .max(2_000, "The selection is too long to quote"),
    prefix: safeText("The text before the selection").max(200),
    suffix: safeText("The text after the selection").max(200),
  }),
  position: z
    .object({ start: boundedInt(0), end: boundedInt(1) })
    .refine((p) => p.end > p.start, "Anchor end must be after its start"),
});
export type AnchorInput = z.infer<typeof anchorSchema>;

/** The longest comment body the server stores; the composer counts against the same number. */
export const COMMENT_BODY_MAX = 5_000;

export const commentBodySchema = safeText("Comment")
  .trim()
  .min(1, "Write a comment first")
  .max(COMMENT_BODY_MAX, `Comments must be at most ${COMMENT_BODY_MAX.toLocaleString("en-US")} characters`);

const mentionIds = z.array(idSchema).max(20, "Mention at most 20 people").default([]);

export const createThreadSchema = z.object({
  sectionId: idSchema,
  /** null: a thread on the section as a whole. */
  anchor: anchorSchema.nullable(),
  body: commentBodySchema,
  mentionUserIds: mentionIds,
});
export type CreateThreadInput = z.infer<typeof createThreadSchema>;

export const replySchema = z.object({
  threadId: idSchema,
  body: commentBodySchema,
  mentionUserIds: mentionIds,
});
export type ReplyInput = z.infer<typeof replySchema>;

export const editCommentSchema = z.object({
  commentId: idSchema,
  body: commentBodySchema,
  mentionUserIds: mentionIds,
});
export type EditCommentInput = z.infer<typeof editCommentSchema>;

export const commentIdSchema = z.object({ commentId: idSchema });

export const setThreadStatusSchema = z.object({ threadId: idSchema, status: z.enum(["OPEN", "RESOLVED"]) });

export const listSectionThreadsSchema = z.object({ sectionId: idSchema });

export const listBriefThreadsSchema = z.object({
  briefId: idSchema,
  sectionId: idSchema.optional(),
  authorId: idSchema.optional(),
  mentionsMe: z.boolean().default(false),
  status: z.enum(["OPEN", "RESOLVED", "ALL"]).default("OPEN"),
});
export type ListBriefThreadsInput = z.infer<typeof listBriefThreadsSchema>;
