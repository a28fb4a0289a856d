"use client";

import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react.tsx";
import { type UserFilters, usersInput, usersPageParam } from "./lib/users-query.ts";

export type { UserFilters };

/** Users matching the filters, in keyset pages by name ("Load more" fetches the next one). */
export function useUsers(filters: UserFilters) {
  const trpc = useTRPC();
  return useInfiniteQuery({
    ...trpc.users.list.infiniteQueryOptions(usersInput(filters), usersPageParam),
    // Typing in the search box keeps the previous rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

/** People matching a few typed letters, for pickers (the audit log's "Person" filter). */
export function usePeopleSearch(search: string, { enabled = true } = {}) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.users.list.queryOptions({ search: search.trim() || undefined, limit: 8 }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** A role change or (de/re)activation changes rows of the people list, and nothing else we show. */
function useOnUsersChanged() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.users.list.pathKey() });
}

export function useSetUserRole() {
  const trpc = useTRPC();
  return useMutation(trpc.users.setRole.mutationOptions({ onSuccess: useOnUsersChanged() }));
}

export function useDeactivateUser() {
  const trpc = useTRPC();
  return useMutation(trpc.users.deactivate.mutationOptions({ onSuccess: useOnUsersChanged() }));
}

export function useReactivateUser() {
  const trpc = useTRPC();
  return useMutation(trpc.users.reactivate.mutationOptions({ onSuccess: useOnUsersChanged() }));
}

/** Invites nobody has used or revoked yet. */
export function useInvites() {
  const trpc = useTRPC();
  return useQuery(trpc.users.invites.list.queryOptions());
}

/** Creating, renewing or revoking an invite changes the pending list, and only that. */
function useOnInvitesChanged() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.users.invites.list.queryKey() });
}

export function useCreateInvite() {
  const trpc = useTRPC();
  return useMutation(trpc.users.invites.create.mutationOptions({ onSuccess: useOnInvitesChanged() }));
}

export function useResendInvite() {
  const trpc = useTRPC();
  return useMutation(trpc.users.invites.resend.mutationOptions({ onSuccess: useOnInvitesChanged() }));
}

export function useRevokeInvite() {
  const trpc = useTRPC();
  return useMutation(trpc.users.invites.revoke.mutationOptions({ onSuccess: useOnInvitesChanged() }));
}
