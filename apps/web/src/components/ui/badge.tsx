import type { ComponentProps } from "react";
import type { BadgeTone } from "@/lib/labels.ts";
import { cn } from "@/lib/utils.ts";

const tones: Record<BadgeTone, string> = {
  neutral: "bg-neutral-100 text-neutral-600 ring-neutral-200",
  accent: "bg-accent-soft text-accent ring-accent/20",
  success: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  warning: "bg-warning-soft text-amber-800 ring-amber-200",
  danger: "bg-danger-soft text-danger ring-danger/20",
  outline: "bg-white text-neutral-500 ring-neutral-200",
};

export function Badge({
  className,
  tone = "neutral",
  ...props
}: ComponentProps<"span"> & { tone?: BadgeTone }) {
  return (
    <span
      className={cn(
        "inline-flex h-5 shrink-0 items-center gap-1 rounded-full px-2 text-[11px] font-medium whitespace-nowrap ring-1 ring-inset",
        tones[tone],
        className,
      )}
      {...props}
    />
  );
}
