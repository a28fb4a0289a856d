"use client";

import { MessageSquare } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { SectionPresence } from "@/features/presence/components/presence-avatars.tsx";
import { cn } from "@/lib/utils.ts";
import { useComments } from "./comments-provider.tsx";

/**
 * The section header's right side: who else is here, and the "Comments" button that opens the
 * comments panel (with the number of open threads). Nothing on group sections.
 */
export function SectionCollabBar() {
  const ctx = useComments();
  if (!ctx) return null;
  const open = ctx.threads.filter((t) => t.status === "OPEN").length;
  return (
    <div className="flex shrink-0 items-center gap-3">
      <SectionPresence briefId={ctx.briefId} sectionId={ctx.sectionId} meId={ctx.me.id} />
      <Button
        id="comments-toggle"
        variant="secondary"
        size="sm"
        aria-expanded={ctx.panelOpen}
        aria-controls={ctx.panelOpen ? "comments-panel" : undefined}
        onClick={() => {
          const opening = !ctx.panelOpen;
          ctx.setPanelOpen(opening);
          // Opened from here, the panel takes focus (clicking highlighted words leaves it in the text).
          if (opening) requestAnimationFrame(() => document.getElementById("comments-panel")?.focus());
        }}
        className={cn(ctx.panelOpen && "bg-neutral-100")}
      >
        <MessageSquare aria-hidden />
        Comments
        {open > 0 ? (
          <span className="-mr-1 rounded-full bg-amber-100 px-1.5 text-[11px] font-semibold text-amber-900 tabular-nums">
            {open}
          </span>
        ) : null}
      </Button>
    </div>
  );
}
