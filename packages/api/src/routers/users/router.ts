import { deactivateUser, listUsers, publicActor, reactivateUser, setUserRole } from "@dossier/core";
import { listUsersSchema, setUserRoleSchema, userIdSchema } from "@dossier/schema";
import { protectedProcedure, roleProcedure, router } from "../../trpc.ts";
import { invitesRouter } from "./invites.ts";
import { profileRouter } from "./profile.ts";

/** People. Admin-only procedures say so with roleProcedure("ADMIN"); services check again. */
export const usersRouter = router({
  me: protectedProcedure.query(({ ctx }) => publicActor(ctx.user)),
  list: roleProcedure("ADMIN")
    .input(listUsersSchema)
    .query(({ ctx, input }) => listUsers(ctx.db, ctx.user, input)),
  setRole: roleProcedure("ADMIN")
    .input(setUserRoleSchema)
    .mutation(({ ctx, input }) => setUserRole(ctx.db, ctx.user, input)),
  deactivate: roleProcedure("ADMIN")
    .input(userIdSchema)
    .mutation(({ ctx, input }) => deactivateUser(ctx.db, ctx.user, input)),
  reactivate: roleProcedure("ADMIN")
    .input(userIdSchema)
    .mutation(({ ctx, input }) => reactivateUser(ctx.db, ctx.user, input)),
  invites: invitesRouter,
  profile: profileRouter,
});
