"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react.tsx";

/** A brief's named versions, newest first. */
export function useVersions(briefId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.versions.list.queryOptions({ briefId }));
}

/** One named version with every section's frozen revision. A stamped version never changes. */
export function useVersion(versionId: string) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.versions.get.queryOptions({ versionId }), staleTime: Number.POSITIVE_INFINITY });
}

/** Two versions (or one and now, `toId` null), section by section. */
export function useVersionCompare(briefId: string, fromId: string | null, toId: string | null) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.versions.compare.queryOptions({ briefId, fromVersionId: fromId ?? "", toVersionId: toId }),
    enabled: fromId !== null && fromId !== toId,
    placeholderData: keepPreviousData,
  });
}

/** Stamping adds a version to the brief's list, and changes nothing else. */
export function useStampVersion(briefId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.versions.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.versions.list.queryKey({ briefId }) }),
    }),
  );
}
