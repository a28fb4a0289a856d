"use client";

import type { ReactNode } from "react";
import { TooltipProvider } from "@/components/ui/tooltip.tsx";
import { ThemeSync } from "@/features/theme/index.ts";
import { TRPCReactProvider } from "@/trpc/react.tsx";

export function Providers({ children }: { children: ReactNode }) {
  return (
    <TRPCReactProvider>
      <ThemeSync />
      <TooltipProvider>{children}</TooltipProvider>
    </TRPCReactProvider>
  );
}
