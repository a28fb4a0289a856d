import { assertCanReadBrief, getSectionAccess, liveBriefAccessProblem, liveUserProblem } from "@dossier/core";
import { getBriefSchema, listSectionThreadsSchema } from "@dossier/schema";
import { protectedProcedure, router } from "../../trpc.ts";
import { eventsOn } from "./subscribe.ts";

/**
 * Server-sent event streams. Each event only says what changed; the browser refetches through
 * the ordinary procedures, which apply the usual access rules. Access is checked when the stream
 * opens (so a refusal is an ordinary NOT_FOUND, before any event) and again before every event
 * it delivers (see eventsOn).
 */
export const liveRouter = router({
  section: protectedProcedure.input(listSectionThreadsSchema).subscription(async ({ ctx, input, signal }) => {
    const { section } = await getSectionAccess(ctx.db, ctx.user, input.sectionId);
    return eventsOn(ctx.db, `section:${section.id}`, signal, () =>
      liveBriefAccessProblem(ctx.db, ctx.user.id, section.briefId),
    );
  }),
  brief: protectedProcedure.input(getBriefSchema).subscription(async ({ ctx, input, signal }) => {
    await assertCanReadBrief(ctx.db, ctx.user, input.briefId);
    return eventsOn(ctx.db, `brief:${input.briefId}`, signal, () =>
      liveBriefAccessProblem(ctx.db, ctx.user.id, input.briefId),
    );
  }),
  notifications: protectedProcedure.subscription(async ({ ctx, signal }) =>
    eventsOn(ctx.db, `user:${ctx.user.id}`, signal, () => liveUserProblem(ctx.db, ctx.user.id)),
  ),
});
