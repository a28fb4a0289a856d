"use client";

import { WifiOff, X } from "lucide-react";
import { useEffect } from "react";
import { Button } from "@/components/ui/button.tsx";

/**
 * In the palette's place when its code couldn't load (offline before it was preloaded): says so,
 * with "Try again"; Esc or × closes it.
 */
export function PaletteLoadFailed({ retry, close }: { retry: () => void; close: () => void }) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") close();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [close]);
  return (
    <div
      role="alert"
      className="fixed inset-x-0 top-16 z-50 mx-auto flex w-fit max-w-[calc(100vw-2rem)] items-center gap-3 rounded-lg border border-neutral-200 bg-white px-4 py-3 text-sm text-neutral-700 shadow-lg"
    >
      <WifiOff aria-hidden className="size-4 shrink-0 text-warning" />
      <p>Search couldn't load. Check your connection.</p>
      <Button size="sm" variant="secondary" onClick={retry}>
        Try again
      </Button>
      <Button variant="ghost" size="icon-sm" aria-label="Close" onClick={close}>
        <X aria-hidden />
      </Button>
    </div>
  );
}
