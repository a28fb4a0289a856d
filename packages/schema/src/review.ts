import { z } from "zod";
import { idSchema } from "./common.ts";
import { boundedInt, safeText } from "./text.ts";

const sectionRef = { sectionId: idSchema };

export const requestReviewSchema = z.object({
  ...sectionRef,
  /** A member who may review; omit for "any reviewer of the brief". */
  reviewerId: idSchema.nullish(),
  /** When the review is due (a day; stored as that day's end, UTC). */
  dueAt: z.coerce.date().nullish(),
});
export type RequestReviewInput = z.infer<typeof requestReviewSchema>;

export const approveSectionSchema = z.object({
  ...sectionRef,
  /** The revision the reviewer read: approving fails if the section changed since. */
  revisionId: idSchema,
});
export type ApproveSectionInput = z.infer<typeof approveSectionSchema>;

export const reviewNoteText = (label: string) =>
  safeText(label).trim().min(1, `Write ${label.toLowerCase()}`).max(2000, `${label} is too long`);

export const sendBackSchema = z.object({ ...sectionRef, note: reviewNoteText("A comment") });
export type SendBackInput = z.infer<typeof sendBackSchema>;

export const markNotApplicableSchema = z.object({ ...sectionRef, reason: reviewNoteText("A reason") });
export type MarkNotApplicableInput = z.infer<typeof markNotApplicableSchema>;

export const sectionRefSchema = z.object(sectionRef);

export const markReadSchema = z.object({ ...sectionRef, revisionId: idSchema });

export const publishBriefSchema = z.object({ briefId: idSchema });

export const setFreshnessSchema = z.object({
  templateSectionId: idSchema,
  /** Days after the last approval before the section is stale; null: never. */
  staleAfterDays: boundedInt(1, 3650).nullable(),
});
export type SetFreshnessInput = z.infer<typeof setFreshnessSchema>;
