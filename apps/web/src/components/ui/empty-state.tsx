import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils.ts";

/** Nothing to show yet (or nothing matches): an icon, a title, a line of why, maybe an action. */
export function EmptyState({
  icon: Icon,
  title,
  children,
  action,
  className,
}: {
  icon: LucideIcon;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={cn(
        "flex flex-col items-center rounded-xl border border-dashed border-neutral-300 px-6 py-12 text-center",
        className,
      )}
    >
      <div className="mb-3 grid size-9 place-items-center rounded-full bg-neutral-100 text-neutral-500">
        <Icon aria-hidden className="size-4.5" />
      </div>
      <h2 className="text-sm font-semibold text-neutral-900">{title}</h2>
      {children ? <p className="mt-1 max-w-sm text-sm text-pretty text-neutral-500">{children}</p> : null}
      {action ? <div className="mt-5">{action}</div> : null}
    </div>
  );
}
