import { cn } from "@/lib/utils.ts";

/** Filled sections get a solid dot, empty ones a ring. Decorative: the text beside it says the same. */
export function SectionDot({ filled, className }: { filled: boolean; className?: string }) {
  return (
    <span
      aria-hidden
      className={cn(
        "inline-block size-2 shrink-0 rounded-full",
        filled ? "bg-accent" : "bg-white ring-1 ring-neutral-300 ring-inset",
        className,
      )}
    />
  );
}
