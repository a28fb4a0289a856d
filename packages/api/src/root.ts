import { auditRouter } from "./routers/audit/router.ts";
import { briefsRouter } from "./routers/briefs/router.ts";
import { commentsRouter } from "./routers/comments/router.ts";
import { healthRouter } from "./routers/health/router.ts";
import { liveRouter } from "./routers/live/router.ts";
import { notificationsRouter } from "./routers/notifications/router.ts";
import { presenceRouter } from "./routers/presence/router.ts";
import { reviewRouter } from "./routers/review/router.ts";
import { revisionsRouter } from "./routers/revisions/router.ts";
import { searchRouter } from "./routers/search/router.ts";
import { sectionsRouter } from "./routers/sections/router.ts";
import { usersRouter } from "./routers/users/router.ts";
import { versionsRouter } from "./routers/versions/router.ts";
import { workRouter } from "./routers/work/router.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  health: healthRouter,
  users: usersRouter,
  briefs: briefsRouter,
  sections: sectionsRouter,
  revisions: revisionsRouter,
  versions: versionsRouter,
  review: reviewRouter,
  comments: commentsRouter,
  notifications: notificationsRouter,
  presence: presenceRouter,
  search: searchRouter,
  live: liveRouter,
  audit: auditRouter,
  work: workRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process: used by server components and integration tests. */
export const createCaller = createCallerFactory(appRouter);
