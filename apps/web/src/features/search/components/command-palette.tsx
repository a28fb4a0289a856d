"use client";

import { useAtom } from "jotai";
import { useEffect, useState } from "react";
import { useNavigate } from "@/hooks/use-navigate.ts";
import { lazyComponent } from "@/lib/lazy-component.tsx";
import { usePaletteShortcut } from "../hooks/use-palette-shortcut.ts";
import { useTypeAhead } from "../hooks/use-type-ahead.ts";
import { paletteOpenAtom } from "../state.ts";
import { PaletteLoadFailed } from "./palette-load-failed.tsx";

/**
 * The palette's code (cmdk and its results) is not part of a page's first load: it is preloaded
 * once the page has loaded and settled (lib/lazy-component.tsx), or loads on the first opening if
 * that comes sooner.
 */
const PaletteDialog = lazyComponent(
  () => import("./palette-dialog.tsx").then((module) => module.PaletteDialog),
  null,
  (retry, props) =>
    props.open ? <PaletteLoadFailed retry={retry} close={() => props.onOpenChange(false)} /> : null,
);

/**
 * Ctrl/Cmd+K: go to or search. Mounted once in the top bar. The palette's code is preloaded when
 * the page is idle, so the first opening usually renders it at once; if not, the letters typed
 * meanwhile are kept for its field (useTypeAhead). Once opened it stays mounted (closed), so
 * closing it animates. No state changes until then:
 * a re-render here while a navigation renders would make React start that render again.
 */
export function CommandPalette() {
  const [open, setOpen] = useAtom(paletteOpenAtom);
  const [opened, setOpened] = useState(false);
  if (open && !opened) setOpened(true);
  usePaletteShortcut();
  useEffect(() => PaletteDialog.preloadWhenIdle(), []);
  // Opened before its code is here, what is typed meanwhile waits for the field.
  const typeAhead = useTypeAhead(open);
  // Here, not in the palette: it closes before the page it opens is on screen.
  const navigate = useNavigate();
  return opened ? (
    <PaletteDialog open={open} onOpenChange={setOpen} takeTyped={typeAhead.take} navigate={navigate} />
  ) : null;
}
