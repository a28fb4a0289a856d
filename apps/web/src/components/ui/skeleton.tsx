import type { ComponentProps } from "react";
import { cn } from "@/lib/utils.ts";

/** A placeholder block; decorative, so hidden from assistive tech (wrap groups in a labelled status). */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div aria-hidden className={cn("animate-pulse rounded-md bg-neutral-100", className)} {...props} />;
}
