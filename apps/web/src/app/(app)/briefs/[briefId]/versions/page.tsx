import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { VersionList } from "@/features/versions/index.ts";
import { createServerPrefetch, fetchOrNotFound, loadBrief } from "@/lib/server-trpc.ts";
import { requireActor } from "@/lib/session.ts";

type Params = { params: Promise<{ briefId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { briefId } = await params;
  try {
    const brief = await loadBrief(briefId);
    return { title: `Versions · ${brief.country}` };
  } catch {
    return {};
  }
}

/** The brief's named versions: stamp one, open one, compare two. */
export default async function VersionsPage({ params }: Params) {
  const { briefId } = await params;
  const path = `/briefs/${briefId}/versions`;
  await requireActor(path);
  const { trpc, queryClient, dehydrated } = await createServerPrefetch();
  await fetchOrNotFound(() => queryClient.fetchQuery(trpc.versions.list.queryOptions({ briefId })), path);
  return (
    <HydrationBoundary state={dehydrated()}>
      <VersionList briefId={briefId} />
    </HydrationBoundary>
  );
}
