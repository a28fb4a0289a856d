import type { Metadata } from "next";
import { ImportPage } from "@/features/import/index.ts";
import { requireActor } from "@/lib/session.ts";

export const metadata: Metadata = { title: "Import a brief" };

export default async function ImportRoute() {
  const actor = await requireActor("/import");
  return <ImportPage canImport={actor.role === "ADMIN" || actor.role === "EDITOR"} />;
}
