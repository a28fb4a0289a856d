import type { ComponentProps } from "react";
import { cn } from "@/lib/utils.ts";

/** A placeholder block; decorative, so hidden from assistive tech (wrap groups in a labelled status). */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div aria-hidden className={cn("animate-pulse rounded-md bg-neutral-100", className)} {...props} />;
}

/** Placeholder rows while a list loads, announced by `label`. */
export function SkeletonList({
  label,
  count = 3,
  className,
  itemClassName,
}: {
  label: string;
  count?: number;
  className?: string;
  itemClassName?: string;
}) {
  return (
    <div role="status" aria-label={label} className={className}>
      {Array.from({ length: count }, (_, i) => (
        <Skeleton key={i} className={itemClassName} />
      ))}
    </div>
  );
}
