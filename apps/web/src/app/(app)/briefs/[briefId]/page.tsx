import { redirect } from "next/navigation";
import { firstLeaf } from "@/features/briefs/index.ts";
import { fetchOrNotFound, loadBrief, loadBriefReview } from "@/lib/server-trpc.ts";
import { requireActor } from "@/lib/session.ts";

/**
 * A brief opens on its first section (for viewers, on its published version if there is one); an
 * empty template gets a short note instead.
 */
export default async function BriefPage({ params }: { params: Promise<{ briefId: string }> }) {
  const { briefId } = await params;
  const path = `/briefs/${briefId}`;
  await requireActor(path);
  const brief = await fetchOrNotFound(() => loadBrief(briefId), path);
  // Viewers read what was published, not the working draft (editors and reviewers work on it).
  if (brief.myRole === "VIEWER") {
    const review = await fetchOrNotFound(() => loadBriefReview(briefId), path);
    if (review.publishedVersion) redirect(`${path}/versions/${review.publishedVersion.id}`);
  }
  const leaf = firstLeaf(brief.sections);
  if (leaf) redirect(`${path}/${leaf.key}`);
  return (
    <div className="px-10 py-16 text-center">
      <h1 className="text-base font-semibold">{brief.title}</h1>
      <p className="mt-2 text-sm text-neutral-500">This brief has no sections yet.</p>
    </div>
  );
}
