import { Check, CircleAlert, CloudOff, Loader2 } from "lucide-react";
import { cn } from "@/lib/utils.ts";
import type { SaveStatus } from "../lib/autosave-state.ts";

/** "Saved", "Saving…", "Unsaved changes", "Error: <reason>" or "Offline — …", announced politely. */
export function SaveIndicator({ status, text }: { status: SaveStatus; text: string }) {
  return (
    <p
      role="status"
      className={cn(
        "flex min-w-0 items-center gap-1.5 text-xs",
        status === "error" ? "text-danger" : "text-neutral-500",
      )}
    >
      {status === "saved" ? <Check aria-hidden className="size-3.5 text-success" /> : null}
      {status === "saving" ? <Loader2 aria-hidden className="size-3.5 animate-spin" /> : null}
      {status === "unsaved" ? <span aria-hidden className="size-1.5 rounded-full bg-warning" /> : null}
      {status === "error" ? <CircleAlert aria-hidden className="size-3.5 shrink-0" /> : null}
      {status === "offline" ? <CloudOff aria-hidden className="size-3.5 shrink-0 text-warning" /> : null}
      <span>{text}</span>
    </p>
  );
}
