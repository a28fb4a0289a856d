import { HydrationBoundary } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { VersionDetail } from "@/features/versions/index.ts";
import { briefPageMetadata, createServerPrefetch, fetchOrNotFound } from "@/lib/server-trpc.ts";
import { requireActor } from "@/lib/session.ts";

type Params = { params: Promise<{ briefId: string; versionId: string }> };

export const generateMetadata = briefPageMetadata("Version");

/** The whole brief as it was when a named version was stamped, read-only. */
export default async function VersionPage({ params }: Params) {
  const { briefId, versionId } = await params;
  const path = `/briefs/${briefId}/versions/${versionId}`;
  await requireActor(path);
  const { trpc, queryClient, dehydrated } = await createServerPrefetch();
  const version = await fetchOrNotFound(
    () => queryClient.fetchQuery(trpc.versions.get.queryOptions({ versionId })),
    path,
  );
  // A version of another brief is not found here.
  if (version.briefId !== briefId) notFound();
  return (
    <HydrationBoundary state={dehydrated()}>
      <VersionDetail briefId={briefId} versionId={versionId} />
    </HydrationBoundary>
  );
}
