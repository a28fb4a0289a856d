"use client";

import { type LiveEvent, liveEventSchema } from "@dossier/schema";
import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useMemo, useRef } from "react";
import { settle } from "@/lib/settle.ts";
import { useTRPC } from "@/trpc/react.tsx";

/** Matches a tRPC query key `[path, { input }]` whose input has the given `sectionId`. */
const forSection = (sectionId: string) => (query: { queryKey: QueryKey }) => {
  const meta = query.queryKey[1] as { input?: { sectionId?: unknown } } | undefined;
  return meta?.input?.sectionId === sectionId;
};

/** How long presence events must pause before the list is fetched again. */
const PRESENCE_SETTLE_MS = 400;

/**
 * What each live event means for the cache: events say what changed, and exactly those queries
 * are refetched (through the ordinary, authorised procedures).
 */
function useLiveCacheUpdates(briefId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMemo(() => {
    const refetch = (queryKey: QueryKey, predicate?: (q: { queryKey: QueryKey }) => boolean) =>
      void queryClient.invalidateQueries({ queryKey, ...(predicate ? { predicate } : {}) });
    // Marked stale only: refetched when next shown (the open editor fetches its own section).
    const markStale = (queryKey: QueryKey) =>
      void queryClient.invalidateQueries({ queryKey, refetchType: "none" });
    // Presence comes in bursts (someone moving on leaves one section and arrives at the next, each
    // an event): one refetch once a burst is over, not one per event.
    const presenceChanged = settle(
      () => refetch(trpc.presence.list.queryKey({ briefId })),
      PRESENCE_SETTLE_MS,
    );
    const threadsChanged = (sectionId: string) => {
      refetch(trpc.comments.listForSection.queryKey({ sectionId }));
      refetch(trpc.comments.listForBrief.pathKey());
    };
    return {
      afterReconnect() {
        refetch(trpc.briefs.get.queryKey({ briefId }));
        refetch(trpc.presence.list.queryKey({ briefId }));
        refetch(trpc.comments.pathKey());
        refetch(trpc.revisions.list.pathKey());
        markStale(trpc.sections.get.pathKey());
        refetch(trpc.review.pathKey());
      },
      onEvent(event: LiveEvent) {
        switch (event.type) {
          case "thread":
            threadsChanged(event.sectionId);
            refetch(trpc.briefs.get.queryKey({ briefId }));
            break;
          case "revision":
            refetch(trpc.briefs.get.queryKey({ briefId }));
            refetch(trpc.revisions.list.pathKey(), forSection(event.sectionId));
            // Saving moves (or detaches) the section's comment anchors.
            threadsChanged(event.sectionId);
            markStale(trpc.sections.get.pathKey());
            markStale(trpc.briefs.list.pathKey());
            // An edit may have returned the section (and a published brief) to draft.
            refetch(trpc.review.pathKey());
            break;
          case "review":
            refetch(trpc.briefs.get.queryKey({ briefId }));
            refetch(trpc.review.pathKey());
            markStale(trpc.briefs.list.pathKey());
            if (event.sectionId) threadsChanged(event.sectionId);
            break;
          case "presence":
            presenceChanged();
            break;
          case "meta":
            // A rename, archive or new section owner: the outline, the open section's header.
            refetch(trpc.briefs.get.queryKey({ briefId }));
            refetch(trpc.sections.get.pathKey());
            markStale(trpc.briefs.list.pathKey());
            break;
          default:
            break;
        }
      },
    };
  }, [briefId, queryClient, trpc]);
}

/**
 * The brief's live stream: each event is parsed against its schema, refreshes what it affects,
 * then goes to `onEvent`. After a reconnect (which may have missed events) the page catches up,
 * and `onEvent` hears a brief-wide presence event.
 */
export function useLiveBriefStream(briefId: string, onEvent: (event: LiveEvent) => void) {
  const trpc = useTRPC();
  const cache = useLiveCacheUpdates(briefId);
  const starts = useRef(0);
  useSubscription(
    trpc.live.brief.subscriptionOptions(
      { briefId },
      {
        onStarted: () => {
          if (starts.current++ === 0) return;
          cache.afterReconnect();
          onEvent({ type: "presence", briefId, sectionId: "" });
        },
        onData: (data) => {
          const parsed = liveEventSchema.safeParse(data);
          if (!parsed.success) return; // a newer server's event this page doesn't know yet
          cache.onEvent(parsed.data);
          onEvent(parsed.data);
        },
      },
    ),
  );
}
