import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { Suspense } from "react";
import {
  Dashboard,
  dashboardInput,
  dashboardPageParam,
  dashboardView,
  parseDashboardFilters,
} from "@/features/briefs/index.ts";
import { createServerPrefetch } from "@/lib/server-trpc.ts";
import { requireActor } from "@/lib/session.ts";

export const metadata: Metadata = { title: "Briefs" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The home page: the desk dashboard (filters from the query string) or My work (`?view=work`). */
export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/");
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams))
    if (typeof value === "string") params.set(key, value);
  const { trpc, queryClient, dehydrated } = await createServerPrefetch();
  // prefetch never throws: on failure the client shows the error state and can retry.
  if (dashboardView(params) === "work") await queryClient.prefetchQuery(trpc.work.mine.queryOptions());
  else
    await queryClient.prefetchInfiniteQuery(
      trpc.briefs.list.infiniteQueryOptions(
        dashboardInput(parseDashboardFilters(params)),
        dashboardPageParam,
      ),
    );
  return (
    <HydrationBoundary state={dehydrated()}>
      {/* useSearchParams in the client components needs a Suspense boundary above it. */}
      <Suspense>
        <Dashboard canCreate={actor.role === "ADMIN" || actor.role === "EDITOR"} />
      </Suspense>
    </HydrationBoundary>
  );
}
