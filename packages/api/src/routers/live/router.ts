import { assertCanReadBrief, getSectionAccess } from "@dossier/core";
import { getBriefSchema, listSectionThreadsSchema } from "@dossier/schema";
import { protectedProcedure, router } from "../../trpc.ts";
import { eventsOn } from "./subscribe.ts";

/**
 * Server-sent event streams. Each event only says what changed; the browser refetches through
 * the ordinary procedures, which apply the usual access rules. Access is checked on subscribe.
 */
export const liveRouter = router({
  section: protectedProcedure.input(listSectionThreadsSchema).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    await getSectionAccess(ctx.db, ctx.user, input.sectionId);
    yield* eventsOn(ctx.db, `section:${input.sectionId}`, signal);
  }),
  brief: protectedProcedure.input(getBriefSchema).subscription(async function* ({ ctx, input, signal }) {
    await assertCanReadBrief(ctx.db, ctx.user, input.briefId);
    yield* eventsOn(ctx.db, `brief:${input.briefId}`, signal);
  }),
  notifications: protectedProcedure.subscription(async function* ({ ctx, signal }) {
    yield* eventsOn(ctx.db, `user:${ctx.user.id}`, signal);
  }),
});
