"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useHydrated } from "@/hooks/use-hydrated.ts";
import { useTRPC } from "@/trpc/react.tsx";
import { withSectionRead } from "./lib/read-marks.ts";

/** A section's review state and what the reader may do with it. */
export function useSectionReview(sectionId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.review.section.queryOptions({ sectionId }));
}

/** The review trail shown beside the revisions. */
export function useReviewEvents(sectionId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.review.events.queryOptions({ sectionId }));
}

/**
 * The brief's review summary: publishable?, published version, stale and unread sections. Read
 * by the layout (outline, publish bar) and the page (published banner), which hydrate apart:
 * held back until hydrated, so neither renders data the server's HTML didn't have (useHydrated).
 */
export function useBriefReview(briefId: string) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const query = useQuery({ ...trpc.review.brief.queryOptions({ briefId }), staleTime: 30_000 });
  return { data: hydrated ? query.data : undefined };
}

/**
 * A transition changes the section's review state, its trail, the brief's summary and outline
 * (status marks), and — for a send-back — its comments. Other tabs hear it through the live
 * "review" event.
 */
function useOnReviewChanged() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (sectionId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.review.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.briefs.get.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.sections.get.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.comments.listForSection.queryKey({ sectionId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.comments.listForBrief.pathKey() }),
    ]);
}

export function useRequestReview() {
  const trpc = useTRPC();
  const changed = useOnReviewChanged();
  return useMutation(trpc.review.request.mutationOptions({ onSuccess: (_d, v) => changed(v.sectionId) }));
}

export function useApproveSection() {
  const trpc = useTRPC();
  const changed = useOnReviewChanged();
  return useMutation(trpc.review.approve.mutationOptions({ onSuccess: (_d, v) => changed(v.sectionId) }));
}

export function useSendBack() {
  const trpc = useTRPC();
  const changed = useOnReviewChanged();
  return useMutation(trpc.review.sendBack.mutationOptions({ onSuccess: (_d, v) => changed(v.sectionId) }));
}

export function useMarkNotApplicable() {
  const trpc = useTRPC();
  const changed = useOnReviewChanged();
  return useMutation(
    trpc.review.markNotApplicable.mutationOptions({ onSuccess: (_d, v) => changed(v.sectionId) }),
  );
}

export function useReopenSection() {
  const trpc = useTRPC();
  const changed = useOnReviewChanged();
  return useMutation(trpc.review.reopen.mutationOptions({ onSuccess: (_d, v) => changed(v.sectionId) }));
}

/**
 * Remembers the revision the reader opened. Only the brief summary (the outline's "changed" dots)
 * changes: the section is read now, so it leaves the summary's unread list in the cache, without
 * refetching the whole summary on every section opened. The open section keeps offering "changes
 * since you last read" for this visit.
 */
export function useMarkRead(briefId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.review.markRead.mutationOptions({
      onSuccess: (_data, { sectionId }) =>
        queryClient.setQueryData(trpc.review.brief.queryKey({ briefId }), (summary) =>
          withSectionRead(summary, sectionId),
        ),
    }),
  );
}

/** Publishing stamps a version and changes the brief's status. */
export function usePublishBrief(briefId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.review.publish.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.review.brief.queryKey({ briefId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.versions.list.queryKey({ briefId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.briefs.get.queryKey({ briefId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.briefs.list.pathKey() }),
        ]),
    }),
  );
}

/** Admins' freshness policies. */
export function useFreshnessPolicies() {
  const trpc = useTRPC();
  return useQuery(trpc.review.freshness.list.queryOptions());
}

export function useSetFreshness() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.review.freshness.set.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.review.freshness.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.review.brief.pathKey() }),
        ]),
    }),
  );
}
