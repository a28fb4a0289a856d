import { HydrationBoundary } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ArchivedBanner, BriefSidebar, MobileOutline } from "@/features/briefs/index.ts";
import { LiveBriefUpdates } from "@/features/live/index.ts";
import { createServerPrefetch, fetchOrNotFound, loadBrief } from "@/lib/server-trpc.ts";
import { currentActor } from "@/lib/session.ts";

export default async function BriefLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ briefId: string }>;
}) {
  const { briefId } = await params;
  // Anonymous visitors: the page below redirects them to sign-in with its own full URL.
  if (!(await currentActor())) return children;

  const { trpc, queryClient, dehydrated } = await createServerPrefetch();
  await fetchOrNotFound(
    () =>
      queryClient.fetchQuery({
        ...trpc.briefs.get.queryOptions({ briefId }),
        queryFn: () => loadBrief(briefId),
      }),
    `/briefs/${briefId}`,
  );

  return (
    <HydrationBoundary state={dehydrated()}>
      <LiveBriefUpdates briefId={briefId} />
      <div className="lg:grid lg:grid-cols-[17.5rem_minmax(0,1fr)]">
        <aside
          aria-label="Brief outline"
          className="sticky top-12 hidden h-[calc(100dvh-3rem)] overflow-y-auto border-r border-neutral-200 bg-neutral-50/70 lg:block"
        >
          <BriefSidebar briefId={briefId} />
        </aside>
        <main className="min-w-0">
          <MobileOutline briefId={briefId} />
          <ArchivedBanner briefId={briefId} />
          {children}
        </main>
      </div>
    </HydrationBoundary>
  );
}
