import type { ListSearchResultsInput, SearchResults } from "@dossier/schema";
import { readableBriefs } from "../access/readable-briefs.ts";
import type { Actor, Db } from "../actor.ts";
import { commentResults, queryComments } from "./search-comments.ts";
import { querySections, sectionResults } from "./search-sections.ts";

/**
 * search.list: sections and comments matching a web-search style query, in the briefs the actor
 * may read. A query with no searchable words (only stop words or punctuation, such as "the" or
 * "!!") matches nothing: empty groups, not an error.
 *
 * Both statements run in one transaction with sequential scans off. PostgreSQL's cost model
 * doesn't know that testing `@@` on a row means reading its TOASTed tsvector (~10 µs), so for
 * words in a tenth of the sections it prefers reading the whole table, testing every row — ten
 * times slower than the GIN index, which finds the matches without opening a vector. With
 * sequential scans off, the GIN index (or, for a member, their briefs' sections) is the plan.
 */
export async function listSearchResults(
  db: Db,
  actor: Actor,
  input: ListSearchResultsInput,
): Promise<SearchResults> {
  const page = { limit: input.limit, offset: input.offset };
  const readable = await readableBriefs(db, actor);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    const sections =
      input.scope === "comments"
        ? null
        : sectionResults(await querySections(tx, readable, input.query, page), page);
    const comments =
      input.scope === "sections"
        ? null
        : commentResults(await queryComments(tx, readable, input.query, page), page);
    return { sections, comments };
  });
}
