import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { VersionCompare } from "@/features/versions/index.ts";
import { createServerPrefetch, fetchOrNotFound, loadBrief } from "@/lib/server-trpc.ts";
import { requireActor } from "@/lib/session.ts";

type Params = { params: Promise<{ briefId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { briefId } = await params;
  try {
    const brief = await loadBrief(briefId);
    return { title: `Compare versions · ${brief.country}` };
  } catch {
    return {};
  }
}

/** Two named versions (or one and the brief as it is now), section by section: ?from=<id>&to=<id|now>. */
export default async function CompareVersionsPage({ params }: Params) {
  const { briefId } = await params;
  const path = `/briefs/${briefId}/versions/compare`;
  await requireActor(path);
  const { trpc, queryClient, dehydrated } = await createServerPrefetch();
  await fetchOrNotFound(() => queryClient.fetchQuery(trpc.versions.list.queryOptions({ briefId })), path);
  return (
    <HydrationBoundary state={dehydrated()}>
      <VersionCompare briefId={briefId} />
    </HydrationBoundary>
  );
}
