"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react.tsx";

/** Saved facts are a new revision: the section (its current facts) and its history change. */
export function useSaveFacts(briefId: string, section: { id: string; key: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.sections.saveFacts.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({
          queryKey: trpc.sections.get.queryKey({ briefId, key: section.key }),
        });
        void queryClient.invalidateQueries({
          queryKey: trpc.revisions.list.infiniteQueryKey({ sectionId: section.id }),
        });
      },
    }),
  );
}
