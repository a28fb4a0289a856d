"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { Check } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils.ts";
import { Button } from "./button.tsx";
import { floatingContent } from "./floating.tsx";

export const DropdownMenu = Menu.Root;
export const DropdownMenuTrigger = Menu.Trigger;

export const DropdownMenuContent = floatingContent(
  Menu,
  "z-50 min-w-52 animate-pop-in rounded-lg border border-neutral-200 bg-white p-1 shadow-lg",
  { align: "end" },
);

const itemClass = cn(
  "flex cursor-default items-center gap-2 rounded-md px-2 py-1.5 text-sm text-neutral-700 outline-none select-none",
  "data-highlighted:bg-neutral-100 data-highlighted:text-neutral-900 data-disabled:opacity-50 [&_svg]:size-4 [&_svg]:text-neutral-400",
);

/** `danger`: a destructive action (delete), in red. */
export function DropdownMenuItem({
  className,
  danger,
  ...props
}: ComponentProps<typeof Menu.Item> & { danger?: boolean }) {
  return (
    <Menu.Item
      className={cn(itemClass, danger && "text-danger data-highlighted:text-danger", className)}
      {...props}
    />
  );
}

/** A set of mutually exclusive choices (`value` / `onValueChange`), each a `DropdownMenuRadioItem`. */
export const DropdownMenuRadioGroup = Menu.RadioGroup;

/** One choice of a radio group; the chosen one carries a check at the end. */
export function DropdownMenuRadioItem({
  className,
  children,
  ...props
}: ComponentProps<typeof Menu.RadioItem>) {
  return (
    <Menu.RadioItem className={cn(itemClass, "data-[state=checked]:text-neutral-900", className)} {...props}>
      {children}
      <Menu.ItemIndicator className="ml-auto">
        <Check aria-hidden className="text-accent!" />
      </Menu.ItemIndicator>
    </Menu.RadioItem>
  );
}

export function DropdownMenuLabel({ className, ...props }: ComponentProps<typeof Menu.Label>) {
  return <Menu.Label className={cn("px-2 py-1.5 text-sm", className)} {...props} />;
}

export function DropdownMenuSeparator({ className, ...props }: ComponentProps<typeof Menu.Separator>) {
  return <Menu.Separator className={cn("-mx-1 my-1 h-px bg-neutral-100", className)} {...props} />;
}

/** A small icon button that opens a menu; `label` names it for assistive tech. */
export function DropdownMenuIconTrigger({
  label,
  className,
  children,
  ...props
}: ComponentProps<typeof Menu.Trigger> & { label: string }) {
  return (
    <Menu.Trigger asChild {...props}>
      <Button variant="ghost" size="icon-sm" aria-label={label} className={className}>
        {children}
      </Button>
    </Menu.Trigger>
  );
}
