"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react.tsx";

/**
 * The signed-in person, from `users.me`. The app layout puts the session's user in the cache
 * before anything renders (see app/(app)/layout.tsx), so this never waits; it is the one place
 * client code learns who "me" is.
 */
export function useMe() {
  const trpc = useTRPC();
  return useSuspenseQuery({ ...trpc.users.me.queryOptions(), staleTime: Number.POSITIVE_INFINITY }).data;
}

export type Me = ReturnType<typeof useMe>;
