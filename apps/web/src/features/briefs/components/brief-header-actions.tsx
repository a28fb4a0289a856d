"use client";

import { MessageSquare } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { Link } from "@/components/ui/link.tsx";
import { ExportMenu } from "@/features/export/index.ts";
import { ShareDialog } from "@/features/members/index.ts";
import { useBriefSegment } from "@/hooks/use-brief-segment.ts";
import { cn } from "@/lib/utils.ts";
import { useBrief } from "../queries.ts";
import { BriefMenu } from "./brief-menu.tsx";

/** Under the brief's title: every open thread of the brief, (for its editors) "Share", and "Export". */
export function BriefHeaderActions({ briefId }: { briefId: string }) {
  const brief = useBrief(briefId);
  const segment = useBriefSegment(briefId);
  if (!brief.data) return null;
  const open = brief.data.sections.reduce((sum, s) => sum + s.openThreads, 0);
  const here = segment === "comments";
  return (
    <div className="mt-4 flex flex-wrap items-center gap-2">
      <Button
        asChild
        variant="secondary"
        size="sm"
        className={cn("flex-1 justify-start", here && "bg-neutral-100 ring-1 ring-neutral-200")}
      >
        <Link href={`/briefs/${briefId}/comments`} aria-current={here ? "page" : undefined}>
          <MessageSquare aria-hidden />
          Comments
          {open > 0 ? (
            <span className="ml-auto rounded-full bg-amber-100 px-1.5 text-[11px] font-semibold text-amber-900 tabular-nums">
              {open}
              <span className="sr-only"> open</span>
            </span>
          ) : null}
        </Link>
      </Button>
      {brief.data.canEdit ? <ShareDialog briefId={briefId} country={brief.data.country} /> : null}
      <ExportMenu briefId={briefId} />
      <BriefMenu brief={brief.data} />
    </div>
  );
}
