import { BriefActivity } from "@/features/audit/index.ts";
import { briefPageMetadata } from "@/lib/server-trpc.ts";
import { requireActor } from "@/lib/session.ts";

type Params = { params: Promise<{ briefId: string }> };

export const generateMetadata = briefPageMetadata("Activity");

/** What happened in the brief, for its editors (the brief layout checks access to the brief). */
export default async function BriefActivityPage({ params }: Params) {
  const { briefId } = await params;
  await requireActor(`/briefs/${briefId}/activity`);
  return <BriefActivity briefId={briefId} />;
}
