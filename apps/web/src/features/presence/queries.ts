"use client";

import { useQuery } from "@tanstack/react-query";
import { useHydrated } from "@/hooks/use-hydrated.ts";
import type { RouterOutputs } from "@/lib/api-types.ts";
import { useTRPC, useTRPCClient } from "@/trpc/react.tsx";

export type PresenceEntry = RouterOutputs["presence"]["list"][number];

const PRESENCE_REFRESH_MS = 20_000;

/**
 * Who is on the brief's sections now; refetched every 20 s and on every presence event. Never
 * server-rendered, and held back until this part of the page has hydrated (see useHydrated).
 */
export function useBriefPresence(briefId: string) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const query = useQuery({
    ...trpc.presence.list.queryOptions({ briefId }),
    refetchInterval: PRESENCE_REFRESH_MS,
    staleTime: 5_000,
  });
  return { data: hydrated ? query.data : undefined };
}

/** The same list without a poll of its own: shares the outline's observer, no extra requests per row. */
export function useBriefPresenceCached(briefId: string) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const query = useQuery({ ...trpc.presence.list.queryOptions({ briefId }), staleTime: 15_000 });
  return { data: hydrated ? query.data : undefined };
}

/**
 * "This tab is here": heartbeats are fire-and-forget (the next one tries again) and change no
 * query of ours — other tabs hear of them through the live stream.
 */
export function usePresenceClient() {
  return useTRPCClient().presence;
}
