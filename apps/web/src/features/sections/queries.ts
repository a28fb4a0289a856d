"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react.tsx";

/** A new owner changes the section's header and who may edit it (the outline's `canEdit`). */
export function useSetSectionOwner(briefId: string, sectionKey: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.sections.setOwner.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({
          queryKey: trpc.sections.get.queryKey({ briefId, key: sectionKey }),
        });
        void queryClient.invalidateQueries({ queryKey: trpc.briefs.get.queryKey({ briefId }) });
      },
    }),
  );
}
