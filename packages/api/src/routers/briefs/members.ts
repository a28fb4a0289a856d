import { listMembers, removeMember, setMember } from "@dossier/core";
import { getBriefSchema, removeMemberSchema, setMemberSchema } from "@dossier/schema";
import { protectedProcedure, router } from "../../trpc.ts";

export const membersRouter = router({
  list: protectedProcedure
    .input(getBriefSchema)
    .query(({ ctx, input }) => listMembers(ctx.db, ctx.user, input.briefId)),
  set: protectedProcedure
    .input(setMemberSchema)
    .mutation(({ ctx, input }) => setMember(ctx.db, ctx.user, input)),
  remove: protectedProcedure
    .input(removeMemberSchema)
    .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.user, input)),
});
