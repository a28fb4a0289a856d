"use client";

import { useQuery } from "@tanstack/react-query";
import { MessageSquare } from "lucide-react";
import { useTRPC } from "@/trpc/react.tsx";
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
  const trpc = useTRPC();
  // Shared with the outline's own (polling) observer: no extra requests per row.
  const presence = useQuery({ ...trpc.presence.list.queryOptions({ briefId }), staleTime: 15_000 });
  const me = useQuery({ ...trpc.users.me.queryOptions(), staleTime: Number.POSITIVE_INFINITY });
  return (
    <>
      {me.data ? <OutlinePresence entries={presence.data} sectionId={sectionId} meId={me.data.id} /> : null}
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
