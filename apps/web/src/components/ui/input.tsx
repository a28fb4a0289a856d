import type { ComponentProps } from "react";
import { cn } from "@/lib/utils.ts";
import { inputStyles } from "./styles.ts";

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return <input type={type} className={cn(inputStyles, className)} {...props} />;
}
