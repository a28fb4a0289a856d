import type { BriefAccessLevel } from "./roles.ts";
import { canEditBrief, canReviewBrief } from "./roles.ts";

/*
 * Who may move a section through review (packages/core/src/review). Pure functions over what the
 * caller already loaded, so the rules read in one place and the UI gets the same answers.
 */

/** The section's owner or any editor of the brief (admins too) asks for a review. */
export const canRequestReview = (
  level: BriefAccessLevel,
  actorId: string,
  section: { ownerId: string | null },
) => canEditBrief(level) || (section.ownerId === actorId && level !== "VIEWER");

/**
 * Reviewers and editors approve or send back, but not their own latest revision when the brief
 * has someone else who could: a second pair of eyes whenever there is one.
 */
export function reviewRefusal(
  level: BriefAccessLevel,
  actorId: string,
  latestAuthorId: string | null,
  otherReviewers: number,
): string | null {
  if (!canReviewBrief(level)) return "Only the brief's reviewers and editors can review sections";
  if (latestAuthorId === actorId && otherReviewers > 0)
    return "You wrote the latest revision: another reviewer of this brief must review it";
  return null;
}

/** Marking not applicable, reopening it, and publishing are the brief editors' calls. */
export const canDecideScope = (level: BriefAccessLevel) => canEditBrief(level);
