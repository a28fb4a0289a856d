"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react.tsx";

/** Who is on a brief. `enabled`: the share dialog loads it only while open. */
export function useBriefMembers(briefId: string, { enabled = true } = {}) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.briefs.members.list.queryOptions({ briefId }), staleTime: 60_000, enabled });
}

/** Adding, changing or removing a member changes the member list, and only that. */
function useOnMembersChanged(briefId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.briefs.members.list.queryKey({ briefId }) });
}

export function useSetMember(briefId: string) {
  const trpc = useTRPC();
  return useMutation(trpc.briefs.members.set.mutationOptions({ onSuccess: useOnMembersChanged(briefId) }));
}

export function useRemoveMember(briefId: string) {
  const trpc = useTRPC();
  return useMutation(trpc.briefs.members.remove.mutationOptions({ onSuccess: useOnMembersChanged(briefId) }));
}
