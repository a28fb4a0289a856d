"use client";

import { useEffect, useRef } from "react";

/**
 * Letters typed after Ctrl/Cmd+K but before the palette's field is there (its code still
 * loading): kept, and kept out of whatever had the focus (the section's text), then handed to the
 * field. `take()` answers them once the field mounts, and from then on keys go to the field.
 */
export function useTypeAhead(open: boolean): { take: () => string } {
  const typed = useRef("");
  const handedOver = useRef(false);
  useEffect(() => {
    if (!open) {
      typed.current = "";
      handedOver.current = false;
      return;
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (handedOver.current || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key.length === 1) typed.current += event.key;
      else if (event.key === "Backspace") typed.current = typed.current.slice(0, -1);
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, [open]);
  // Stable across renders; the same letters if called twice for one opening.
  const take = useRef(() => {
    handedOver.current = true;
    return typed.current;
  }).current;
  return { take };
}
