import type { ReactNode } from "react";
import { cn } from "@/lib/utils.ts";

/** A top-level page (people, audit log, profile): a title, a line of what it is for, its actions. */
export function PageFrame({
  title,
  description,
  actions,
  width = "wide",
  children,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  width?: "wide" | "narrow";
  children: ReactNode;
}) {
  return (
    <main className={cn("mx-auto w-full px-6 pt-10 pb-20", width === "wide" ? "max-w-5xl" : "max-w-2xl")}>
      <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
          {description ? (
            <p className="mt-1 max-w-xl text-sm text-pretty text-neutral-500">{description}</p>
          ) : null}
        </div>
        {actions ? <div className="flex shrink-0 gap-2">{actions}</div> : null}
      </div>
      {children}
    </main>
  );
}
