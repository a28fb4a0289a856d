import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { Dashboard } from "@/features/briefs/index.ts";
import { createServerPrefetch } from "@/lib/server-trpc.ts";
import { requireActor } from "@/lib/session.ts";

export const metadata: Metadata = { title: "Briefs" };

export default async function DashboardPage() {
  const actor = await requireActor("/");
  const { trpc, queryClient, dehydrated } = await createServerPrefetch();
  // prefetchQuery never throws: on failure the client shows the error state and can retry.
  await queryClient.prefetchQuery(trpc.briefs.list.queryOptions());
  return (
    <HydrationBoundary state={dehydrated()}>
      <Dashboard canCreate={actor.role === "ADMIN" || actor.role === "EDITOR"} />
    </HydrationBoundary>
  );
}
