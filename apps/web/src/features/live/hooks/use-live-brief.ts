"use client";

import type { LiveEvent } from "@dossier/core";
import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useEffect, useRef } from "react";
import { useTRPC } from "@/trpc/react.tsx";

/**
 * Live updates for everything on a brief come through ONE server-sent-event stream
 * (`live.brief`: revisions, threads and presence of all its sections), opened once by the brief
 * layout. Each event invalidates the queries it affects, and is handed to in-tab listeners
 * (the open section's editor and comments) through this small bus. One stream per brief, not one
 * per section plus one per panel, keeps the browser's six-connections-per-host budget free for
 * ordinary requests.
 */

type Listener = (event: LiveEvent) => void;
const listeners = new Set<Listener>();

/** Calls `handler` for every live event of the brief open in this tab. */
export function useLiveBriefEvents(handler: Listener) {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const listener: Listener = (event) => latest.current(event);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}

/** Matches a tRPC query key `[path, { input }]` whose input has the given `sectionId`. */
const forSection = (sectionId: string) => (query: { queryKey: QueryKey }) => {
  const meta = query.queryKey[1] as { input?: { sectionId?: unknown } } | undefined;
  return meta?.input?.sectionId === sectionId;
};

/** Opens the brief's live stream; render once per brief page (the brief layout does). */
export function useLiveBriefConnection(briefId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const starts = useRef(0);

  const invalidate = (
    queryKey: QueryKey,
    extra: { predicate?: (q: { queryKey: QueryKey }) => boolean } = {},
  ) => void queryClient.invalidateQueries({ queryKey, ...extra });

  useSubscription(
    trpc.live.brief.subscriptionOptions(
      { briefId },
      {
        onStarted: () => {
          // A reconnect may have missed events: catch up on what the page shows.
          if (starts.current++ === 0) return;
          invalidate(trpc.briefs.get.queryKey({ briefId }));
          invalidate(trpc.presence.list.queryKey({ briefId }));
          invalidate(trpc.comments.pathKey());
          invalidate(trpc.revisions.list.pathKey());
          void queryClient.invalidateQueries({ queryKey: trpc.sections.get.pathKey(), refetchType: "none" });
          for (const listener of listeners) listener({ type: "presence", briefId, sectionId: "" });
        },
        onData: (event) => {
          switch (event.type) {
            case "thread":
              invalidate(trpc.comments.listForSection.queryKey({ sectionId: event.sectionId }));
              invalidate(trpc.comments.listForBrief.pathKey());
              invalidate(trpc.briefs.get.queryKey({ briefId }));
              break;
            case "revision":
              invalidate(trpc.briefs.get.queryKey({ briefId }));
              invalidate(trpc.revisions.list.pathKey(), { predicate: forSection(event.sectionId) });
              // Saving moves (or detaches) the section's comment anchors.
              invalidate(trpc.comments.listForSection.queryKey({ sectionId: event.sectionId }));
              invalidate(trpc.comments.listForBrief.pathKey());
              // The open editor fetches its own section (it decides whether to show it now);
              // other sections are just marked stale for when they are opened.
              void queryClient.invalidateQueries({
                queryKey: trpc.sections.get.pathKey(),
                refetchType: "none",
              });
              void queryClient.invalidateQueries({
                queryKey: trpc.briefs.list.queryKey(),
                refetchType: "none",
              });
              break;
            case "presence":
              invalidate(trpc.presence.list.queryKey({ briefId }));
              break;
            default:
              break;
          }
          for (const listener of listeners) listener(event);
        },
      },
    ),
  );
}
