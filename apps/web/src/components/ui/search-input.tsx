import { Search } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils.ts";
import { Input } from "./input.tsx";

/** A search field with its magnifier inside, as filter bars use it; `className` sizes the frame. */
export function SearchInput({ className, ...props }: Omit<ComponentProps<"input">, "type">) {
  return (
    <div className={cn("relative", className)}>
      <Search
        aria-hidden
        className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-neutral-400"
      />
      <Input type="search" maxLength={100} className="pl-8" {...props} />
    </div>
  );
}
