import { z } from "zod";
import { idSchema } from "./common.ts";
import { sectionKeySchema } from "./sections.ts";

/** Longest search the server accepts, in characters (after trimming). */
export const MAX_SEARCH_LENGTH = 200;
/** Ranked results are drawn from at most this many matches per group (see search-sections.ts). */
export const SEARCH_CANDIDATE_LIMIT = 500;

/**
 * What the person typed. Control characters become spaces (PostgreSQL text can't hold NUL, and
 * they mean nothing in a search); the rest is passed to PostgreSQL as a parameter, never spliced.
 */
const searchText = (max: number) =>
  z
    .string()
    // A cheap bound before the regex below, so a megabyte of input is refused, not scanned.
    .max(max * 4, `Search for at most ${max} characters`)
    .transform((value) => value.replace(/\p{Cc}+/gu, " ").trim())
    .pipe(z.string().min(1, "Type something to search for").max(max, `Search for at most ${max} characters`));

/**
 * search.list: web-search syntax — words (all must match), "quoted phrases", `or`, `-word` to
 * exclude. `scope` picks the groups to fetch; a page of `limit` from `offset` within each.
 */
export const listSearchResultsSchema = z.object({
  query: searchText(MAX_SEARCH_LENGTH),
  scope: z.enum(["all", "sections", "comments"]).default("all"),
  limit: z.number().int().min(1).max(50).default(10),
  offset: z
    .number()
    .int()
    .min(0)
    .max(SEARCH_CANDIDATE_LIMIT - 1)
    .default(0),
});
export type ListSearchResultsInput = z.infer<typeof listSearchResultsSchema>;

/** search.listJumpTargets: the command palette's "go to" — brief and section titles as you type. */
export const listJumpTargetsSchema = z.object({ query: searchText(100) });

/**
 * A run of snippet text; `match` marks the words the search matched. Plain text, never markup:
 * render it as text (React children) and style the matches.
 */
export const snippetSegmentSchema = z.object({ text: z.string(), match: z.boolean() });
export type SnippetSegment = z.infer<typeof snippetSegmentSchema>;

const briefRef = {
  briefId: idSchema,
  briefTitle: z.string(),
  country: z.string(),
};
const sectionRef = {
  sectionId: idSchema,
  /** With briefId, the section's page: /briefs/<briefId>/<sectionKey>. */
  sectionKey: sectionKeySchema,
  sectionTitle: z.string(),
};
const hit = {
  /** The matching passages (up to two, joined by " … " segments). */
  snippet: z.array(snippetSegmentSchema),
  /** The matched words as they appear in the text, lower-cased: what to highlight in the section. */
  terms: z.array(z.string()),
};

export const sectionHitSchema = z.object({
  ...briefRef,
  ...sectionRef,
  ...hit,
  lastEditedAt: z.date(),
});
export type SectionHit = z.infer<typeof sectionHitSchema>;

/** One hit per thread: the thread's best-matching comment that isn't deleted. */
export const commentHitSchema = z.object({
  ...briefRef,
  ...sectionRef,
  ...hit,
  threadId: idSchema,
  commentId: idSchema,
  threadStatus: z.enum(["OPEN", "RESOLVED"]),
  authorName: z.string(),
  createdAt: z.date(),
});
export type CommentHit = z.infer<typeof commentHitSchema>;

const searchGroupSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    /** Matches found; when `capped`, there are more than this and only these were ranked. */
    total: z.number().int(),
    capped: z.boolean(),
    hasMore: z.boolean(),
  });

export const sectionResultsSchema = searchGroupSchema(sectionHitSchema);
export type SectionResults = z.infer<typeof sectionResultsSchema>;
export const commentResultsSchema = searchGroupSchema(commentHitSchema);
export type CommentResults = z.infer<typeof commentResultsSchema>;

/** A group is null when `scope` didn't ask for it. */
export const searchResultsSchema = z.object({
  sections: sectionResultsSchema.nullable(),
  comments: commentResultsSchema.nullable(),
});
export type SearchResults = z.infer<typeof searchResultsSchema>;

export const jumpTargetsSchema = z.object({
  briefs: z.array(
    z.object({
      briefId: idSchema,
      title: z.string(),
      country: z.string(),
      status: z.enum(["DRAFT", "IN_REVIEW", "PUBLISHED"]),
    }),
  ),
  sections: z.array(
    z.object({
      ...briefRef,
      ...sectionRef,
      /** Parents only group others: the client opens their first leaf. */
      isLeaf: z.boolean(),
      /** The parent's title ("2. Strategic Importance"), to tell same-named sections apart. */
      parentTitle: z.string().nullable(),
    }),
  ),
});
export type JumpTargets = z.infer<typeof jumpTargetsSchema>;
