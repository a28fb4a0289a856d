import { listNotifications, markNotificationsRead } from "@dossier/core";
import { markNotificationsReadSchema } from "@dossier/schema";
import { protectedProcedure, router } from "../../trpc.ts";

export const notificationsRouter = router({
  list: protectedProcedure.query(({ ctx }) => listNotifications(ctx.db, ctx.user)),
  markRead: protectedProcedure
    .input(markNotificationsReadSchema)
    .mutation(({ ctx, input }) => markNotificationsRead(ctx.db, ctx.user, input.ids)),
});
