"use client";

import { Lock } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { useBrief } from "@/features/briefs/index.ts";
import { useBriefActivity } from "../queries.ts";
import { EventList } from "./event-list.tsx";

/** /briefs/[id]/activity: what happened in this brief, for its editors (and admins). */
export function BriefActivity({ briefId }: { briefId: string }) {
  const brief = useBrief(briefId);
  // Readers who can't edit the brief aren't shown its activity (the server refuses them too).
  const allowed = brief.data?.canEdit ?? true;
  const activity = useBriefActivity(briefId, { enabled: allowed });
  return (
    <div className="px-6 pt-8 pb-16 lg:px-12">
      <div className="mx-auto max-w-3xl">
        <header className="mb-6">
          <h1 className="text-2xl font-semibold tracking-tight text-neutral-900">Activity</h1>
          <p className="mt-1 text-sm text-neutral-500">
            {brief.data
              ? `${brief.data.country} · every save, comment, version and change of access, newest first`
              : "\u00a0"}
          </p>
        </header>
        {!allowed ? (
          <EmptyState icon={Lock} title="Only the brief's editors see its activity">
            Ask an editor of this brief if you need to know who changed what.
          </EmptyState>
        ) : (
          <EventList
            query={activity}
            label="Brief activity"
            inBrief
            empty={{ title: "No activity yet", body: "Saves, comments, versions and sharing appear here." }}
          />
        )}
      </div>
    </div>
  );
}
