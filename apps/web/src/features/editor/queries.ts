"use client";

import type { DocumentJson, SavedRevision } from "@dossier/schema";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Me } from "@/features/auth/index.ts";
import type { SectionDetail } from "@/lib/api-types.ts";
import { useTRPC, useTRPCClient } from "@/trpc/react.tsx";
import { keepNewerRevision } from "./lib/section-cache.ts";

/**
 * The editor's data: a section (`sections.get`) and its saves (`sections.save`), with the cache
 * updates a save implies. Components call these hooks; none of them touches the cache itself.
 */

/** How old a cached section may be when an editor opens on it before it is fetched again. */
export const SECTION_STALE_MS = 5_000;

/**
 * `sections.get` as every fetch of it in the browser must ask (the page, the outline's prefetch, a
 * fresh read): an answer never takes back a newer revision the cache holds (lib/section-cache.ts).
 */
export function sectionQueryOptions(trpc: ReturnType<typeof useTRPC>, briefId: string, key: string) {
  return { ...trpc.sections.get.queryOptions({ briefId, key }), structuralSharing: keepNewerRevision };
}

/** One section of a brief. `staleTime`: how old a cached copy may be before it is refetched. */
export function useSection(briefId: string, key: string, { staleTime = SECTION_STALE_MS } = {}) {
  const trpc = useTRPC();
  return useQuery({ ...sectionQueryOptions(trpc, briefId, key), staleTime });
}

/** Reads a section fresh from the server (someone else saved; a conflict needs the newest). */
export function useFetchLatestSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (briefId: string, key: string) =>
      queryClient.fetchQuery({ ...sectionQueryOptions(trpc, briefId, key), staleTime: 0 }),
    [queryClient, trpc],
  );
}

/** `sections.save`, called by autosave (it must keep working after the editor unmounts). */
export function useSaveSection(sectionId: string) {
  const client = useTRPCClient();
  return useCallback(
    (content: DocumentJson, baseRevisionId: string | null) =>
      client.sections.save.mutate({ sectionId, baseRevisionId, content }),
    [client, sectionId],
  );
}

type StoredContent = NonNullable<SectionDetail["current"]>["content"];

/**
 * After a revision of the section was written (a save, a restore, a resolved conflict): only
 * what it changed is refreshed — the history list, the outline (filled, word count) and the
 * dashboard summary — and the cached section learns its new current revision directly.
 */
export function useRecordSavedRevision(briefId: string, section: { id: string; key: string }, me: Me) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (revision: SavedRevision, content: DocumentJson) => {
      void queryClient.invalidateQueries({
        queryKey: trpc.revisions.list.infiniteQueryKey({ sectionId: section.id }),
      });
      void queryClient.invalidateQueries({ queryKey: trpc.briefs.get.queryKey({ briefId }) });
      void queryClient.invalidateQueries({ queryKey: trpc.briefs.list.pathKey() });
      queryClient.setQueryData(trpc.sections.get.queryKey({ briefId, key: section.key }), (old) =>
        // A save that changed nothing is answered with the current revision: keep its author.
        old && old.current?.id !== revision.id
          ? {
              ...old,
              status: old.status === "APPROVED" ? ("DRAFT" as const) : old.status,
              // What we sent is what the server stored (validated against the same schema).
              current: {
                ...revision,
                content: content as unknown as StoredContent,
                // Text saves carry the facts forward (appendRevision); a restore refetches.
                facts: old.current?.facts ?? null,
                author: { id: me.id, name: me.name },
              },
            }
          : old,
      );
    },
    [briefId, me, queryClient, section.id, section.key, trpc],
  );
}
