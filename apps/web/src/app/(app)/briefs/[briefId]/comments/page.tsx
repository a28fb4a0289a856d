import type { Metadata } from "next";
import { BriefComments } from "@/features/comments/index.ts";
import { loadBrief } from "@/lib/server-trpc.ts";
import { requireActor } from "@/lib/session.ts";

type Params = { params: Promise<{ briefId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { briefId } = await params;
  try {
    const brief = await loadBrief(briefId);
    return { title: `Comments · ${brief.country}` };
  } catch {
    return {}; // the layout turns the failure into a 404 or a sign-in redirect
  }
}

/** Every open thread of the brief, across its sections (the brief layout checks access). */
export default async function BriefCommentsPage({ params }: Params) {
  const { briefId } = await params;
  await requireActor(`/briefs/${briefId}/comments`);
  return <BriefComments briefId={briefId} />;
}
