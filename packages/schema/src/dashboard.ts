import { z } from "zod";
import { idSchema } from "./common.ts";
import { boundedInt, safeText } from "./text.ts";

/** The desk dashboard's sort keys (briefs.list). */
export const BRIEF_SORTS = ["lastEdited", "country", "filled", "approved", "stale"] as const;
export type BriefSort = (typeof BRIEF_SORTS)[number];

/** Which way each sort goes when a header is first clicked: newest, A→Z, most done, most stale. */
export const DEFAULT_SORT_DIRECTION: Record<BriefSort, "asc" | "desc"> = {
  lastEdited: "desc",
  country: "asc",
  filled: "desc",
  approved: "desc",
  stale: "desc",
};

/** A brief's status as the desk sees it: archived trumps the review status. */
export const BRIEF_LIST_STATUSES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const;
export type BriefListStatus = (typeof BRIEF_LIST_STATUSES)[number];

/**
 * Keyset cursor: the last row's sort value and id. `value` is an ISO time (lastEdited), a country,
 * or an integer (per-mille filled/approved, stale count) — the service checks it fits the sort.
 */
export const briefCursorSchema = z.object({
  value: z.union([safeText("Cursor").max(200), boundedInt(0)]),
  id: idSchema,
});
export type BriefCursor = z.infer<typeof briefCursorSchema>;

export const listBriefsSchema = z
  .object({
    /** Matches country or title, case-insensitively. */
    search: safeText("Search").trim().max(100, "Search for at most 100 characters").optional(),
    status: z.enum(BRIEF_LIST_STATUSES).optional(),
    /** Briefs where I own a section, or am a member who may edit. */
    mine: z.boolean().default(false),
    /** Archived briefs are hidden unless asked for (or the status filter is "Archived"). */
    includeArchived: z.boolean().default(false),
    sort: z.enum(BRIEF_SORTS).default("lastEdited"),
    dir: z.enum(["asc", "desc"]).optional(),
    cursor: briefCursorSchema.nullish(),
    limit: boundedInt(1, 100).default(25),
  })
  .prefault({});
export type ListBriefsInput = z.infer<typeof listBriefsSchema>;
