"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { PanelLeft, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button.tsx";
import { BriefSidebar } from "./brief-sidebar.tsx";

/** On narrow screens the outline lives in a sheet that slides in from the left. */
export function MobileOutline({ briefId }: { briefId: string }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: close whenever the route changes
  useEffect(() => setOpen(false), [pathname]);

  return (
    <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
      <div className="border-b border-neutral-200 px-4 py-2 lg:hidden">
        <DialogPrimitive.Trigger asChild>
          <Button variant="ghost" size="sm">
            <PanelLeft aria-hidden />
            Outline
          </Button>
        </DialogPrimitive.Trigger>
      </div>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-50 animate-fade-in bg-black/25 dark:bg-black/60 lg:hidden" />
        <DialogPrimitive.Content className="fixed inset-y-0 left-0 z-50 w-80 max-w-[85vw] overflow-y-auto bg-neutral-50 shadow-xl focus:outline-none lg:hidden">
          <DialogPrimitive.Title className="sr-only">Outline</DialogPrimitive.Title>
          <DialogPrimitive.Description className="sr-only">
            The sections of this brief
          </DialogPrimitive.Description>
          {/* Its own row: floated over the sidebar's first row it covered the "Versions" link. */}
          <div className="flex justify-end px-2 pt-2">
            <DialogPrimitive.Close
              aria-label="Close outline"
              className="rounded-md p-1 text-neutral-400 hover:bg-neutral-200/60 hover:text-neutral-700"
            >
              <X aria-hidden className="size-4" />
            </DialogPrimitive.Close>
          </div>
          <BriefSidebar briefId={briefId} />
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
