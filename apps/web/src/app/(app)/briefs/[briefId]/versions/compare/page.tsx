import { HydrationBoundary } from "@tanstack/react-query";
import { VersionCompare } from "@/features/versions/index.ts";
import { briefPageMetadata, prefetchVersions } from "@/lib/server-trpc.ts";

type Params = { params: Promise<{ briefId: string }> };

export const generateMetadata = briefPageMetadata("Compare versions");

/** Two named versions (or one and the brief as it is now), section by section: ?from=<id>&to=<id|now>. */
export default async function CompareVersionsPage({ params }: Params) {
  const { briefId } = await params;
  const path = `/briefs/${briefId}/versions/compare`;
  const state = await prefetchVersions(briefId, path);
  return (
    <HydrationBoundary state={state}>
      <VersionCompare briefId={briefId} />
    </HydrationBoundary>
  );
}
