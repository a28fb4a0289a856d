import type { ComponentProps } from "react";
import { cn } from "@/lib/utils.ts";

/**
 * A data table (shadcn-style): real table semantics, so screen readers announce rows and column
 * headers. The frame scrolls sideways on narrow screens instead of squeezing the columns.
 */
export function Table({ className, label, ...props }: ComponentProps<"table"> & { label?: string }) {
  return (
    <div className="w-full overflow-x-auto rounded-xl border border-neutral-200 bg-white">
      <table aria-label={label} className={cn("w-full caption-bottom text-sm", className)} {...props} />
    </div>
  );
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("border-b border-neutral-200 bg-neutral-50/70", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-neutral-100", className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("transition-colors hover:bg-neutral-50/60", className)} {...props} />;
}

export function TableHead({ className, ...props }: ComponentProps<"th">) {
  return (
    <th
      scope="col"
      className={cn(
        "h-9 px-4 text-left align-middle text-xs font-medium whitespace-nowrap text-neutral-500",
        className,
      )}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-4 py-2.5 align-middle", className)} {...props} />;
}
