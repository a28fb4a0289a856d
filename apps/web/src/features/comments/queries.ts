"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RouterInputs } from "@/lib/api-types.ts";
import { useTRPC } from "@/trpc/react.tsx";

/**
 * Comment threads: a section's, a brief's, and every change to them. A change touches the
 * section's thread list and the brief's outline (its open-thread counts), so exactly those are
 * refetched; other tabs hear of it through the live stream (features/live).
 */

/** Every thread of a section. Live events refetch it at once; the slow poll covers a stream that is down. */
export function useSectionThreads(sectionId: string | null) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.comments.listForSection.queryOptions({ sectionId: sectionId ?? "" }),
    enabled: sectionId !== null,
    refetchInterval: 60_000,
  });
}

export function useBriefThreads(filters: RouterInputs["comments"]["listForBrief"]) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.comments.listForBrief.queryOptions(filters), placeholderData: keepPreviousData });
}

type Where = { briefId: string; sectionId: string };

/** Mutation options that refetch what a change to a section's threads touches, then resolve. */
function useOnThreadsChanged({ briefId, sectionId }: Where) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return {
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.comments.listForSection.queryKey({ sectionId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.briefs.get.queryKey({ briefId }) }),
      ]),
  };
}

// Every change to a thread refreshes the same two queries: one line each.
export const useCreateThread = (where: Where) =>
  useMutation(useTRPC().comments.createThread.mutationOptions(useOnThreadsChanged(where)));
export const useReply = (where: Where) =>
  useMutation(useTRPC().comments.reply.mutationOptions(useOnThreadsChanged(where)));
export const useEditComment = (where: Where) =>
  useMutation(useTRPC().comments.update.mutationOptions(useOnThreadsChanged(where)));
export const useDeleteComment = (where: Where) =>
  useMutation(useTRPC().comments.delete.mutationOptions(useOnThreadsChanged(where)));
/** Resolve or reopen. */
export const useSetThreadStatus = (where: Where) =>
  useMutation(useTRPC().comments.setStatus.mutationOptions(useOnThreadsChanged(where)));
