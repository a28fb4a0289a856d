// @vitest-environment happy-dom
import type { AppRouter } from "@dossier/api";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { act, type ReactNode } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import superjson from "superjson";
import { afterEach, describe, expect, it } from "vitest";
import { useBriefPresence } from "@/features/presence/index.ts";
import { useBriefReview } from "@/features/review/index.ts";
import { TRPCProvider, useTRPC } from "@/trpc/react.tsx";

// Issue 11, React #418 on section pages: the layout and the page hydrate apart, so presence (or
// the brief's review summary) that the layout's query already fetched was drawn by the page while
// it hydrated, where the server had drawn nothing. Whatever the cache holds, hydration must render
// what the server rendered.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const trpcClient = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: "http://127.0.0.1:9/none", transformer: superjson })],
});
const fresh = () => new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } } });

function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <TRPCProvider trpcClient={trpcClient} queryClient={client}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

/** Client-only data the page draws: presence avatars, the published banner. */
function Extras() {
  const presence = useBriefPresence("brief-1");
  const review = useBriefReview("brief-1");
  return (
    <>
      {presence.data?.length ? <ul aria-label="Here now" /> : null}
      {review.data ? <p>Published</p> : null}
    </>
  );
}

/** Seeds the cache the way the layout's own queries would have, before the page hydrates. */
function Seed({ client }: { client: QueryClient }) {
  const trpc = useTRPC();
  client.setQueryData(trpc.presence.list.queryKey({ briefId: "brief-1" }), [
    {
      sectionId: "s1",
      editing: true,
      user: { id: "u2", name: "Omar Analyst", email: "omar@example.org" },
    },
  ] as never);
  client.setQueryData(trpc.review.brief.queryKey({ briefId: "brief-1" }), { status: "PUBLISHED" } as never);
  return null;
}

let container: HTMLElement | null = null;
afterEach(() => container?.remove());

describe("client-only brief data during hydration", () => {
  it("renders the server's HTML even when the cache already knows who is here and what is published", async () => {
    const page = (client: QueryClient) => (
      <Providers client={client}>
        <header>
          <Extras />
          <button type="button">Request review…</button>
        </header>
      </Providers>
    );
    const html = renderToString(page(fresh()));
    expect(html).not.toContain("Here now");
    expect(html).not.toContain("Published");

    const client = fresh();
    const seeding = document.createElement("div");
    await act(async () => {
      hydrateRoot(
        seeding,
        <Providers client={client}>
          <Seed client={client} />
        </Providers>,
      );
    });
    container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(container as HTMLElement, page(client), { onRecoverableError: (e) => errors.push(e) });
    });
    expect(errors).toEqual([]);
    // Once hydrated, the people already known are shown at once.
    expect(container.querySelector('ul[aria-label="Here now"]')).not.toBeNull();
    expect(container.textContent).toContain("Published");
  });
});
