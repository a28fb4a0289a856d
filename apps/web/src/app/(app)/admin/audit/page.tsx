import type { Metadata } from "next";
import { Suspense } from "react";
import { AuditLogPage } from "@/features/audit/index.ts";
import { requireAdmin } from "@/lib/session.ts";

export const metadata: Metadata = { title: "Audit log" };

/** Admins read the audit log; others get the admin 404. Filters come from the query string. */
export default async function AdminAuditPage() {
  await requireAdmin("/admin/audit");
  return (
    // useSearchParams in a client component needs a Suspense boundary above it.
    <Suspense>
      <AuditLogPage />
    </Suspense>
  );
}
