import {
  acceptInvite,
  createInvite,
  getInvite,
  listInvites,
  resendInvite,
  revokeInvite,
} from "@dossier/core";
import {
  acceptInviteSchema,
  getInviteSchema,
  inviteIdSchema,
  inviteUserSchema,
  resendInviteSchema,
} from "@dossier/schema";
import { noRequestMeta, publicProcedure, roleProcedure, router } from "../../trpc.ts";

/**
 * Sign-up links. Admins create, resend and revoke them; `get` and `accept` are public: holding
 * the link (256 random bits) is the credential.
 */
export const invitesRouter = router({
  list: roleProcedure("ADMIN").query(({ ctx }) => listInvites(ctx.db, ctx.user)),
  create: roleProcedure("ADMIN")
    .input(inviteUserSchema)
    .mutation(({ ctx, input }) => createInvite(ctx.db, ctx.user, input, ctx.meta ?? noRequestMeta)),
  resend: roleProcedure("ADMIN")
    .input(resendInviteSchema)
    .mutation(({ ctx, input }) => resendInvite(ctx.db, ctx.user, input, ctx.meta ?? noRequestMeta)),
  revoke: roleProcedure("ADMIN")
    .input(inviteIdSchema)
    .mutation(({ ctx, input }) => revokeInvite(ctx.db, ctx.user, input)),
  get: publicProcedure.input(getInviteSchema).query(({ ctx, input }) => getInvite(ctx.db, input)),
  accept: publicProcedure
    .input(acceptInviteSchema)
    .mutation(({ ctx, input }) => acceptInvite(ctx.db, input, ctx.meta ?? noRequestMeta)),
});
