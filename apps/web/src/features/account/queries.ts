"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react.tsx";

/** A new name is the signed-in person's (`users.me`: the top bar) and a row of the people list. */
export function useUpdateProfile() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.users.profile.update.mutationOptions({
      onSuccess: (me) => {
        queryClient.setQueryData(trpc.users.me.queryKey(), me);
        return queryClient.invalidateQueries({ queryKey: trpc.users.list.pathKey() });
      },
    }),
  );
}

/** Changes nothing the app shows (other sessions end on the server). */
export function useChangePassword() {
  const trpc = useTRPC();
  return useMutation(trpc.users.profile.changePassword.mutationOptions());
}

/** Ends every session of mine; the caller then signs this browser out (next-auth's signOut). */
export function useSignOutEverywhere() {
  const trpc = useTRPC();
  return useMutation(trpc.users.profile.signOutEverywhere.mutationOptions());
}

/** Who an invite link is for (anyone holding it may ask). Its refusals are final: no retries. */
export function useInvite(token: string) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.users.invites.get.queryOptions({ token }), retry: false, staleTime: 60_000 });
}

export function useAcceptInvite() {
  const trpc = useTRPC();
  return useMutation(trpc.users.invites.accept.mutationOptions());
}
