import type { Metadata } from "next";
import { FreshnessAdmin } from "@/features/review/index.ts";
import { requireAdmin } from "@/lib/session.ts";

export const metadata: Metadata = { title: "Freshness" };

/** Admins edit each template section's freshness policy; others get the admin 404. */
export default async function AdminFreshnessPage() {
  await requireAdmin("/admin/freshness");
  return <FreshnessAdmin />;
}
