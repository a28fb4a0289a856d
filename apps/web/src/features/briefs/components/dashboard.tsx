"use client";

import { FileText, FileUp } from "lucide-react";
import Link from "next/link";
import { QueryError } from "@/components/feedback/error-state.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import { useBriefs } from "../queries.ts";
import { BriefList, BriefListSkeleton } from "./brief-list.tsx";
import { NewBriefDialog } from "./new-brief-dialog.tsx";

export function Dashboard({ canCreate }: { canCreate: boolean }) {
  const briefs = useBriefs();

  return (
    <main className="mx-auto w-full max-w-5xl px-6 pt-10 pb-20">
      <div className="mb-8 flex items-end justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Briefs</h1>
          <p className="mt-1 text-sm text-neutral-500">Country strategy briefs you can read or edit.</p>
        </div>
        {canCreate ? (
          <div className="flex gap-2">
            <Button asChild variant="secondary">
              <Link href="/import">
                <FileUp aria-hidden />
                Import Markdown
              </Link>
            </Button>
            <NewBriefDialog />
          </div>
        ) : null}
      </div>

      {briefs.isPending ? (
        <BriefListSkeleton />
      ) : briefs.isError ? (
        <QueryError title="Couldn't load your briefs" query={briefs} />
      ) : briefs.data.length === 0 ? (
        <EmptyState canCreate={canCreate} />
      ) : (
        <BriefList briefs={briefs.data} />
      )}
    </main>
  );
}

function EmptyState({ canCreate }: { canCreate: boolean }) {
  return (
    <div className="flex flex-col items-center rounded-xl border border-dashed border-neutral-300 px-6 py-16 text-center">
      <div className="mb-4 grid size-10 place-items-center rounded-full bg-neutral-100 text-neutral-500">
        <FileText aria-hidden className="size-5" />
      </div>
      <h2 className="text-sm font-semibold">No briefs yet</h2>
      <p className="mt-1 max-w-sm text-sm text-neutral-500">
        {canCreate
          ? "Start a brief for a country. It comes with every section of the standard template, ready to write."
          : "When someone adds you to a brief, it will appear here."}
      </p>
      {canCreate ? (
        <div className="mt-6">
          <NewBriefDialog label="Create the first brief" />
        </div>
      ) : null}
    </div>
  );
}

/** The dashboard while it loads (the route's loading.tsx). */
export function DashboardSkeleton() {
  return (
    <main className="mx-auto w-full max-w-5xl px-6 pt-10 pb-20">
      <div className="mb-8 space-y-2">
        <Skeleton className="h-6 w-24" />
        <Skeleton className="h-4 w-72" />
      </div>
      <BriefListSkeleton />
    </main>
  );
}
