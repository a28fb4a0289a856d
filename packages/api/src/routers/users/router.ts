import { listUsers } from "@dossier/core";
import { protectedProcedure, roleProcedure, router } from "../../trpc.ts";

export const usersRouter = router({
  me: protectedProcedure.query(({ ctx }) => ctx.user),
  list: roleProcedure("ADMIN").query(({ ctx }) => listUsers(ctx.db, ctx.user)),
});
