import { type LucideIcon, X } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils.ts";
import { Button } from "./button.tsx";

/**
 * A short notice floating over the page, centred at its top or bottom: an icon, one sentence,
 * its action if any, and × to dismiss it. For what happens outside the page's own flow (offline,
 * a part that couldn't load).
 */
export function FloatingNotice({
  icon: Icon,
  position,
  role = "status",
  action,
  dismissLabel = "Dismiss",
  onDismiss,
  children,
}: {
  icon: LucideIcon;
  position: "top" | "bottom";
  /** "alert" for a failure the reader just ran into, "status" otherwise. */
  role?: "status" | "alert";
  action?: ReactNode;
  dismissLabel?: string;
  onDismiss: () => void;
  children: ReactNode;
}) {
  return (
    <div
      role={role}
      className={cn(
        "fixed inset-x-0 z-50 mx-auto flex w-fit max-w-[calc(100vw-2rem)] items-center gap-3 rounded-lg border border-neutral-200 bg-white px-4 py-3 text-sm text-neutral-700 shadow-lg",
        position === "top" ? "top-16" : "bottom-4",
      )}
    >
      <Icon aria-hidden className="size-4 shrink-0 text-warning" />
      <p>{children}</p>
      {action}
      <Button variant="ghost" size="icon-sm" aria-label={dismissLabel} onClick={onDismiss}>
        <X aria-hidden />
      </Button>
    </div>
  );
}
