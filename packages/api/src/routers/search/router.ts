import { listJumpTargets, listSearchResults } from "@dossier/core";
import {
  jumpTargetsSchema,
  listJumpTargetsSchema,
  listSearchResultsSchema,
  searchResultsSchema,
} from "@dossier/schema";
import { protectedProcedure, router } from "../../trpc.ts";

export const searchRouter = router({
  list: protectedProcedure
    .input(listSearchResultsSchema)
    .output(searchResultsSchema)
    .query(({ ctx, input }) => listSearchResults(ctx.db, ctx.user, input)),
  listJumpTargets: protectedProcedure
    .input(listJumpTargetsSchema)
    .output(jumpTargetsSchema)
    .query(({ ctx, input }) => listJumpTargets(ctx.db, ctx.user, input.query)),
});
