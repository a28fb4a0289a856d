"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import type { RouterOutputs } from "@/lib/api-types.ts";
import { useTRPC } from "@/trpc/react.tsx";

export type NotificationItem = RouterOutputs["notifications"]["list"]["items"][number];

function useRefetchNotifications() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.notifications.list.queryKey() });
}

/**
 * The bell's list, live: a `live.notifications` stream refetches it on news and after a
 * reconnect (which may have missed some); a slow poll covers a stream that is down.
 */
export function useNotifications() {
  const trpc = useTRPC();
  const refetch = useRefetchNotifications();
  useSubscription(
    trpc.live.notifications.subscriptionOptions(undefined, {
      onData: () => void refetch(),
      onStarted: () => void refetch(),
    }),
  );
  return useQuery({ ...trpc.notifications.list.queryOptions(), refetchInterval: 120_000 });
}

/** Marks some (`ids`) or all notifications read; the list is refetched however it went. */
export function useMarkNotificationsRead() {
  const trpc = useTRPC();
  const refetch = useRefetchNotifications();
  return useMutation(trpc.notifications.markRead.mutationOptions({ onSettled: () => refetch() }));
}
