import type { ComponentProps } from "react";
import { cn } from "@/lib/utils.ts";

const sizes = {
  xs: "h-7 pr-7 pl-2 text-xs",
  sm: "h-8 pr-8 pl-2.5 text-sm",
  md: "h-9 px-2.5 text-sm",
} as const;

/** The browser's own select (keyboard, screen readers and mobile pickers for free), styled. */
export function Select({
  className,
  size = "md",
  ...props
}: Omit<ComponentProps<"select">, "size"> & { size?: keyof typeof sizes }) {
  return (
    <select
      className={cn(
        "rounded-md border border-neutral-200 bg-white text-neutral-800 shadow-xs focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/15 focus-visible:outline-none disabled:opacity-50",
        sizes[size],
        className,
      )}
      {...props}
    />
  );
}
