import { HydrationBoundary } from "@tanstack/react-query";
import { VersionList } from "@/features/versions/index.ts";
import { briefPageMetadata, prefetchVersions } from "@/lib/server-trpc.ts";

type Params = { params: Promise<{ briefId: string }> };

export const generateMetadata = briefPageMetadata("Versions");

/** The brief's named versions: stamp one, open one, compare two. */
export default async function VersionsPage({ params }: Params) {
  const { briefId } = await params;
  const path = `/briefs/${briefId}/versions`;
  const state = await prefetchVersions(briefId, path);
  return (
    <HydrationBoundary state={state}>
      <VersionList briefId={briefId} />
    </HydrationBoundary>
  );
}
