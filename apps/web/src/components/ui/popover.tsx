"use client";

import * as PopoverPrimitive from "@radix-ui/react-popover";
import { floatingContent } from "./floating.tsx";

export const Popover = PopoverPrimitive.Root;
export const PopoverTrigger = PopoverPrimitive.Trigger;
export const PopoverAnchor = PopoverPrimitive.Anchor;

export const PopoverContent = floatingContent(
  PopoverPrimitive,
  "z-50 w-80 animate-pop-in rounded-lg border border-neutral-200 bg-white p-3 shadow-lg focus:outline-none",
  { align: "start" },
);
