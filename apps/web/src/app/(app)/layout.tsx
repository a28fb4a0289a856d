import { HydrationBoundary } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers.tsx";
import { NavigationProgress } from "@/components/shell/navigation-progress.tsx";
import { TopBar } from "@/components/shell/top-bar.tsx";
import { OfflineNavigationGuard } from "@/features/offline/index.ts";
import { createServerPrefetch } from "@/lib/server-trpc.ts";
import { currentActor } from "@/lib/session.ts";

// Every page here depends on who is signed in.
export const dynamic = "force-dynamic";

/**
 * The signed-in app shell. Pages redirect anonymous visitors themselves (they know their own
 * URL, so sign-in can bring people back); this layout only draws the chrome, and puts the
 * signed-in person in the client cache as `users.me`, the one place client code asks who "me" is.
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (!actor) return <Providers>{children}</Providers>;
  const { trpc, queryClient, dehydrated } = await createServerPrefetch();
  queryClient.setQueryData(trpc.users.me.queryKey(), actor);
  return (
    <Providers>
      <HydrationBoundary state={dehydrated()}>
        <NavigationProgress />
        <TopBar />
        {children}
        <OfflineNavigationGuard />
      </HydrationBoundary>
    </Providers>
  );
}
