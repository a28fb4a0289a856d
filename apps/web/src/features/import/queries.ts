"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react.tsx";

/** Where each part of a Markdown file would land. Writes nothing (a mutation only for its size). */
export function useImportPreview() {
  const trpc = useTRPC();
  return useMutation(trpc.briefs.importPreview.mutationOptions());
}

/** The new brief is a new row on the dashboard; nothing else existed before it. */
export function useImportBrief() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.briefs.import.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.briefs.list.pathKey() }),
    }),
  );
}
