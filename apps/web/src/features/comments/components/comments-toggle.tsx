"use client";

import { useAtomValue, useSetAtom } from "jotai";
import { MessageSquare } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { cn } from "@/lib/utils.ts";
import { useSectionThreads } from "../queries.ts";
import { closePanelAtom, panelOpenAtom } from "../state.ts";

/** The section header's "Comments" button: opens the comments panel, with the number of open threads. */
export function CommentsToggle({ sectionId }: { sectionId: string }) {
  const panelOpen = useAtomValue(panelOpenAtom);
  const setPanelOpen = useSetAtom(panelOpenAtom);
  const closePanel = useSetAtom(closePanelAtom);
  const threads = useSectionThreads(sectionId).data?.threads ?? [];
  const open = threads.filter((t) => t.status === "OPEN").length;
  return (
    <Button
      id="comments-toggle"
      variant="secondary"
      size="sm"
      aria-expanded={panelOpen}
      aria-controls={panelOpen ? "comments-panel" : undefined}
      onClick={() => {
        if (panelOpen) {
          closePanel();
          return;
        }
        setPanelOpen(true);
        // Opened from here, the panel takes focus (clicking highlighted words leaves it in the text).
        requestAnimationFrame(() => document.getElementById("comments-panel")?.focus());
      }}
      className={cn(panelOpen && "bg-neutral-100")}
    >
      <MessageSquare aria-hidden />
      Comments
      {open > 0 ? (
        <span className="-mr-1 rounded-full bg-amber-100 px-1.5 text-[11px] font-semibold text-amber-900 tabular-nums">
          {open}
        </span>
      ) : null}
    </Button>
  );
}
