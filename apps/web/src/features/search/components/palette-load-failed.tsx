"use client";

import { WifiOff } from "lucide-react";
import { useEffect } from "react";
import { Button } from "@/components/ui/button.tsx";
import { FloatingNotice } from "@/components/ui/floating-notice.tsx";

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
    <FloatingNotice
      icon={WifiOff}
      position="top"
      role="alert"
      dismissLabel="Close"
      onDismiss={close}
      action={
        <Button size="sm" variant="secondary" onClick={retry}>
          Try again
        </Button>
      }
    >
      Search couldn't load. Check your connection.
    </FloatingNotice>
  );
}
