"use client";

import type { ReactNode } from "react";
import { TooltipProvider } from "@/components/ui/tooltip.tsx";
import { ThemeSync } from "@/features/theme/index.ts";
import { TRPCReactProvider } from "@/trpc/react.tsx";

/**
 * The client data layer, tooltips and the theme menu's effect, for the pages that talk to the API: the signed-in app
 * (app/(app)/layout.tsx) and the invite page. Not in the root layout, so that the sign-in page,
 * the first thing a newcomer loads, stays light.
 */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <TRPCReactProvider>
      <ThemeSync />
      <TooltipProvider>{children}</TooltipProvider>
    </TRPCReactProvider>
  );
}
