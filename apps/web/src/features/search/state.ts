"use client";

import { atom } from "jotai";

/** The command palette is open (Ctrl/Cmd+K, or the header's search box shortcut hint). */
export const paletteOpenAtom = atom(false);
