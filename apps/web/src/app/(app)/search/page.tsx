import type { Metadata } from "next";
import { SearchPage } from "@/features/search/index.ts";
import { requireActor } from "@/lib/session.ts";

export const metadata: Metadata = { title: "Search" };

export default async function SearchRoute({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q } = await searchParams;
  await requireActor(q ? `/search?${new URLSearchParams({ q })}` : "/search");
  return <SearchPage />;
}
