import { appRouter, createCaller } from "@dossier/api";
import { dehydrate } from "@tanstack/react-query";
import { TRPCError } from "@trpc/server";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/server/db.ts";
import { makeQueryClient } from "@/trpc/query-client.ts";
import { currentActor, requireActor } from "./session.ts";

/**
 * Server components prefetch through the same procedures the browser calls (in-process, no
 * HTTP), then hand the results to the client cache with <HydrationBoundary state={...}>, so
 * pages open with their data instead of a spinner.
 */
export async function createServerPrefetch() {
  const queryClient = makeQueryClient();
  const user = await currentActor();
  const trpc = createTRPCOptionsProxy({ router: appRouter, ctx: { db, user }, queryClient });
  return { trpc, queryClient, dehydrated: () => dehydrate(queryClient) };
}

/**
 * Runs a prefetch; unknown or invisible resources (and malformed ids) become the route's 404,
 * an expired session goes back to sign-in, anything else reaches the error boundary.
 */
export async function fetchOrNotFound<T>(fetch: () => Promise<T>, returnTo: string): Promise<T> {
  try {
    return await fetch();
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST") notFound();
      if (error.code === "UNAUTHORIZED") redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
    }
    throw error;
  }
}

/** One in-process caller per request, acting as the signed-in user. */
const serverCaller = cache(async () => createCaller({ db, user: await currentActor() }));

/**
 * Request-memoised loads, so generateMetadata, layouts and pages that need the same brief or
 * section share one database round trip.
 */
export const loadBrief = cache(async (briefId: string) => (await serverCaller()).briefs.get({ briefId }));
/** The brief's review summary (published version, what's left): viewers open on the published version. */
export const loadBriefReview = cache(async (briefId: string) =>
  (await serverCaller()).review.brief({ briefId }),
);
export const loadSection = cache(async (briefId: string, key: string) =>
  (await serverCaller()).sections.get({ briefId, key }),
);

/** `generateMetadata` for a page of a brief: "<label> · <country>". A failure is the page's to report. */
export function briefPageMetadata(label: string) {
  return async ({ params }: { params: Promise<{ briefId: string }> }): Promise<Metadata> => {
    const { briefId } = await params;
    try {
      const brief = await loadBrief(briefId);
      return { title: `${label} · ${brief.country}` };
    } catch {
      return {}; // the layout turns the failure into a 404 or a sign-in redirect
    }
  };
}

/** A versions page's data: the brief's named versions (an unknown brief is the page's 404). */
export async function prefetchVersions(briefId: string, path: string) {
  await requireActor(path);
  const { trpc, queryClient, dehydrated } = await createServerPrefetch();
  await fetchOrNotFound(() => queryClient.fetchQuery(trpc.versions.list.queryOptions({ briefId })), path);
  return dehydrated();
}
