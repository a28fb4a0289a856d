import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { REVISIONS_PAGE_SIZE, revisionsPageParam } from "@/features/history/index.ts";
import { SectionPage } from "@/features/sections/index.ts";
import { createServerPrefetch, fetchOrNotFound, loadBrief, loadSection } from "@/lib/server-trpc.ts";
import { requireActor } from "@/lib/session.ts";

type Params = { params: Promise<{ briefId: string; sectionKey: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { briefId, sectionKey } = await params;
  try {
    const [section, brief] = await Promise.all([loadSection(briefId, sectionKey), loadBrief(briefId)]);
    return { title: `${section.title} · ${brief.country}` };
  } catch {
    return {}; // the page itself turns the failure into a 404 or a sign-in redirect
  }
}

export default async function SectionRoute({
  params,
}: {
  params: Promise<{ briefId: string; sectionKey: string }>;
}) {
  const { briefId, sectionKey } = await params;
  const path = `/briefs/${briefId}/${sectionKey}`;
  await requireActor(path);
  const { trpc, queryClient, dehydrated } = await createServerPrefetch();
  const section = await fetchOrNotFound(
    () =>
      queryClient.fetchQuery({
        ...trpc.sections.get.queryOptions({ briefId, key: sectionKey }),
        queryFn: () => loadSection(briefId, sectionKey),
      }),
    path,
  );
  if (section.isLeaf) {
    // Neither throws; the browser fetches again what failed here. The review bar drawn by the
    // server, not a moment later, doesn't push the editor down as the page settles.
    await Promise.all([
      queryClient.prefetchInfiniteQuery(
        trpc.revisions.list.infiniteQueryOptions(
          { sectionId: section.id, limit: REVISIONS_PAGE_SIZE },
          revisionsPageParam,
        ),
      ),
      queryClient.prefetchQuery(trpc.review.section.queryOptions({ sectionId: section.id })),
    ]);
  }
  return (
    <HydrationBoundary state={dehydrated()}>
      <SectionPage briefId={briefId} sectionKey={sectionKey} />
    </HydrationBoundary>
  );
}
