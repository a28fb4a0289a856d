import { BriefComments } from "@/features/comments/index.ts";
import { briefPageMetadata } from "@/lib/server-trpc.ts";
import { requireActor } from "@/lib/session.ts";

type Params = { params: Promise<{ briefId: string }> };

export const generateMetadata = briefPageMetadata("Comments");

/** Every open thread of the brief, across its sections (the brief layout checks access). */
export default async function BriefCommentsPage({ params }: Params) {
  const { briefId } = await params;
  await requireActor(`/briefs/${briefId}/comments`);
  return <BriefComments briefId={briefId} />;
}
