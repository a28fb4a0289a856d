import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { NO_USER_FILTERS, PeoplePage, usersInput, usersPageParam } from "@/features/people/index.ts";
import { createServerPrefetch } from "@/lib/server-trpc.ts";
import { requireAdmin } from "@/lib/session.ts";

export const metadata: Metadata = { title: "People" };

/** Admins manage who can sign in; others get the admin 404. */
export default async function AdminUsersPage() {
  await requireAdmin("/admin/users");
  const { trpc, queryClient, dehydrated } = await createServerPrefetch();
  // Never throw: on failure the page shows the error state and can retry.
  await Promise.all([
    queryClient.prefetchQuery(trpc.users.invites.list.queryOptions()),
    queryClient.prefetchInfiniteQuery(
      trpc.users.list.infiniteQueryOptions(usersInput(NO_USER_FILTERS), usersPageParam),
    ),
  ]);
  return (
    <HydrationBoundary state={dehydrated()}>
      <PeoplePage />
    </HydrationBoundary>
  );
}
