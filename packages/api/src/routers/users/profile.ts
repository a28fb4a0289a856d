import { changePassword, signOutEverywhere, updateProfile } from "@dossier/core";
import { changePasswordSchema, updateProfileSchema } from "@dossier/schema";
import { protectedProcedure, router } from "../../trpc.ts";

/** Your own account: name, password, sessions. */
export const profileRouter = router({
  update: protectedProcedure
    .input(updateProfileSchema)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.user, input)),
  changePassword: protectedProcedure
    .input(changePasswordSchema)
    .mutation(({ ctx, input }) => changePassword(ctx.db, ctx.user, input)),
  signOutEverywhere: protectedProcedure.mutation(({ ctx }) => signOutEverywhere(ctx.db, ctx.user)),
});
