"use client";

import { MessageSquare } from "lucide-react";
import { useMe } from "@/features/auth/index.ts";
import { useBriefPresenceCached } from "../queries.ts";
import { OutlinePresence } from "./presence-avatars.tsx";

/**
 * What the outline shows beside a section's title: who is there now, and its open threads
 * ("2", read out as ", 2 open threads" as part of the link's name).
 */
export function OutlineExtras({
  briefId,
  sectionId,
  openThreads,
}: {
  briefId: string;
  sectionId: string;
  openThreads: number;
}) {
  const presence = useBriefPresenceCached(briefId);
  const me = useMe();
  return (
    <>
      <OutlinePresence entries={presence.data} sectionId={sectionId} meId={me.id} />
      {openThreads > 0 ? (
        <span className="mt-0.5 flex shrink-0 items-center gap-0.5 text-[11px] leading-4 text-neutral-400 tabular-nums">
          <MessageSquare aria-hidden className="size-3" />
          <span className="sr-only">, </span>
          {openThreads}
          <span className="sr-only"> open {openThreads === 1 ? "thread" : "threads"}</span>
        </span>
      ) : null}
    </>
  );
}
