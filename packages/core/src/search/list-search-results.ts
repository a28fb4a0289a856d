import type { ListSearchResultsInput, SearchResults } from "@dossier/schema";
import type { Actor, DbClient } from "../actor.ts";
import { searchComments } from "./search-comments.ts";
import { searchSections } from "./search-sections.ts";

/**
 * search.list: sections and comments matching a web-search style query, in the briefs the actor
 * may read. A query with no searchable words (only stop words or punctuation, such as "the" or
 * "!!") matches nothing: empty groups, not an error. Read-only, so no transaction.
 */
export async function listSearchResults(
  db: DbClient,
  actor: Actor,
  input: ListSearchResultsInput,
): Promise<SearchResults> {
  const page = { limit: input.limit, offset: input.offset };
  const [sections, comments] = await Promise.all([
    input.scope === "comments" ? null : searchSections(db, actor, input.query, page),
    input.scope === "sections" ? null : searchComments(db, actor, input.query, page),
  ]);
  return { sections, comments };
}
