import { briefsRouter } from "./routers/briefs/router.ts";
import { healthRouter } from "./routers/health/router.ts";
import { revisionsRouter } from "./routers/revisions/router.ts";
import { sectionsRouter } from "./routers/sections/router.ts";
import { usersRouter } from "./routers/users/router.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  health: healthRouter,
  users: usersRouter,
  briefs: briefsRouter,
  sections: sectionsRouter,
  revisions: revisionsRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process: used by server components and integration tests. */
export const createCaller = createCallerFactory(appRouter);
