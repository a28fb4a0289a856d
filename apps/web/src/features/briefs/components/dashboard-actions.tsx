"use client";

import { FileUp } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { Link } from "@/components/ui/link.tsx";
import { NewBriefDialog } from "./new-brief-dialog.tsx";

/**
 * The dashboard header's actions, right of the title. Other ways to start a brief (such as
 * "Import Markdown") go here, beside "New brief", so the header keeps one row of buttons.
 */
export function DashboardActions({ canCreate }: { canCreate: boolean }) {
  if (!canCreate) return null;
  return (
    <div className="flex shrink-0 items-center gap-2">
      <Button asChild variant="secondary">
        <Link href="/import">
          <FileUp aria-hidden />
          Import Markdown
        </Link>
      </Button>
      <NewBriefDialog />
    </div>
  );
}
