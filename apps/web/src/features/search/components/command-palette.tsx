"use client";

import { useAtom } from "jotai";
import { useEffect, useState } from "react";
import { lazyComponent } from "@/lib/lazy-component.tsx";
import { whenIdle } from "@/lib/when-idle.ts";
import { usePaletteShortcut } from "../hooks/use-palette-shortcut.ts";
import { paletteOpenAtom } from "../state.ts";

/**
 * The palette's code (cmdk and its results) is not part of a page's first load: it loads once the
 * page is idle (at most 3 s after), or on the first opening if that comes sooner.
 */
const PaletteDialog = lazyComponent(() =>
  import("./palette-dialog.tsx").then((module) => module.PaletteDialog),
);

/**
 * Ctrl/Cmd+K: go to or search. Mounted once in the top bar. The palette is mounted (closed) as
 * soon as its code is here, so opening it is immediate and the first letters typed land in it.
 */
export function CommandPalette() {
  const [open, setOpen] = useAtom(paletteOpenAtom);
  const [loaded, setLoaded] = useState(false);
  usePaletteShortcut();
  useEffect(() => whenIdle(() => void PaletteDialog.preload().then(setLoaded), 3000), []);
  return loaded || open ? <PaletteDialog open={open} onOpenChange={setOpen} /> : null;
}
