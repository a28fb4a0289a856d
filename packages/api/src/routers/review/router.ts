import {
  approveSection,
  getBriefReview,
  getSectionReview,
  listFreshnessPolicies,
  listReviewEvents,
  markNotApplicable,
  markSectionRead,
  publishBrief,
  reopenSection,
  requestReview,
  sendBackSection,
  setFreshnessPolicy,
} from "@dossier/core";
import {
  approveSectionSchema,
  getBriefSchema,
  markNotApplicableSchema,
  markReadSchema,
  publishBriefSchema,
  requestReviewSchema,
  sectionRefSchema,
  sendBackSchema,
  setFreshnessSchema,
} from "@dossier/schema";
import { protectedProcedure, router } from "../../trpc.ts";

/** Section review (draft → in review → approved), publishing, last-read marks and freshness. */
export const reviewRouter = router({
  section: protectedProcedure
    .input(sectionRefSchema)
    .query(({ ctx, input }) => getSectionReview(ctx.db, ctx.user, input.sectionId)),
  events: protectedProcedure
    .input(sectionRefSchema)
    .query(({ ctx, input }) => listReviewEvents(ctx.db, ctx.user, input.sectionId)),
  brief: protectedProcedure
    .input(getBriefSchema)
    .query(({ ctx, input }) => getBriefReview(ctx.db, ctx.user, input.briefId)),
  request: protectedProcedure
    .input(requestReviewSchema)
    .mutation(({ ctx, input }) => requestReview(ctx.db, ctx.user, input)),
  approve: protectedProcedure
    .input(approveSectionSchema)
    .mutation(({ ctx, input }) => approveSection(ctx.db, ctx.user, input)),
  sendBack: protectedProcedure
    .input(sendBackSchema)
    .mutation(({ ctx, input }) => sendBackSection(ctx.db, ctx.user, input)),
  markNotApplicable: protectedProcedure
    .input(markNotApplicableSchema)
    .mutation(({ ctx, input }) => markNotApplicable(ctx.db, ctx.user, input)),
  reopen: protectedProcedure
    .input(sectionRefSchema)
    .mutation(({ ctx, input }) => reopenSection(ctx.db, ctx.user, input)),
  markRead: protectedProcedure
    .input(markReadSchema)
    .mutation(({ ctx, input }) => markSectionRead(ctx.db, ctx.user, input)),
  publish: protectedProcedure
    .input(publishBriefSchema)
    .mutation(({ ctx, input }) => publishBrief(ctx.db, ctx.user, input)),
  freshness: router({
    list: protectedProcedure.query(({ ctx }) => listFreshnessPolicies(ctx.db, ctx.user)),
    set: protectedProcedure
      .input(setFreshnessSchema)
      .mutation(({ ctx, input }) => setFreshnessPolicy(ctx.db, ctx.user, input)),
  }),
});
