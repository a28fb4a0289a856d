"use client";

import type { ReactNode } from "react";
import { TooltipProvider } from "@/components/ui/tooltip.tsx";
import { TRPCReactProvider } from "@/trpc/react.tsx";

export function Providers({ children }: { children: ReactNode }) {
  return (
    <TRPCReactProvider>
      <TooltipProvider>{children}</TooltipProvider>
    </TRPCReactProvider>
  );
}
