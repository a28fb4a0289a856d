import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { Providers } from "@/components/providers.tsx";
import { InviteAcceptance } from "@/features/account/index.ts";
import { createServerPrefetch } from "@/lib/server-trpc.ts";
import { currentActor } from "@/lib/session.ts";

export const metadata: Metadata = { title: "Join Dossier", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/**
 * A public page: the invite link is the credential (src/proxy.ts lets it through). The referrer
 * policy keeps the token out of any request this page makes elsewhere.
 */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const actor = await currentActor();
  const { trpc, queryClient, dehydrated } = await createServerPrefetch();
  // Never throws: a refused link is shown by the page (fetched again in the browser, with its reason).
  await queryClient.prefetchQuery(trpc.users.invites.get.queryOptions({ token }));
  return (
    <Providers>
      <HydrationBoundary state={dehydrated()}>
        <InviteAcceptance token={token} signedInAs={actor?.name ?? null} />
      </HydrationBoundary>
    </Providers>
  );
}
