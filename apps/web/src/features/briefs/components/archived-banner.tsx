"use client";

import { Archive, Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { errorMessage } from "@/trpc/errors.ts";
import { useArchiveBrief, useBrief } from "../queries.ts";

/** Above every page of an archived brief: it is read-only, and (for its editors) "Restore". */
export function ArchivedBanner({ briefId }: { briefId: string }) {
  const brief = useBrief(briefId);
  const archive = useArchiveBrief(briefId);
  if (!brief.data?.archived) return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 border-b border-amber-200 bg-amber-50 px-6 py-2.5 text-sm text-amber-950 lg:px-12"
    >
      <Archive aria-hidden className="size-4 text-amber-700" />
      <span className="font-medium">Archived — read-only</span>
      <span className="text-amber-800">Nothing here can change until the brief is restored.</span>
      {brief.data.canManage ? (
        <Button
          size="sm"
          variant="secondary"
          className="ml-auto"
          disabled={archive.isPending}
          onClick={() => archive.mutate({ briefId, archived: false })}
        >
          {archive.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
          Restore
        </Button>
      ) : null}
      {archive.error ? (
        <span role="alert" className="w-full text-xs text-danger">
          {errorMessage(archive.error)}
        </span>
      ) : null}
    </div>
  );
}
