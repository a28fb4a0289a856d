"use client";

import { atomWithStorage } from "jotai/utils";
import { parseThemeSetting, THEME_STORAGE_KEY, type ThemeSetting } from "./lib/theme.ts";

/**
 * The person's theme setting. Stored as the bare word ("dark"), which the pre-paint script reads;
 * another tab's choice arrives through the storage event, so every open tab follows it. Read from
 * storage when first used (getOnInit), so the page's class never passes through the default on
 * the way to the stored choice. Nothing rendered during hydration may show it (the server can't
 * know it): the menu that does renders only when opened.
 */
export const themeSettingAtom = atomWithStorage<ThemeSetting>(
  THEME_STORAGE_KEY,
  "system",
  {
    getItem: (key) => {
      if (typeof window === "undefined") return "system";
      try {
        return parseThemeSetting(window.localStorage.getItem(key));
      } catch {
        return "system";
      }
    },
    setItem: (key, value) => {
      try {
        window.localStorage.setItem(key, value);
      } catch {
        // storage refused: the choice lasts until the page is left
      }
    },
    removeItem: (key) => window.localStorage.removeItem(key),
    subscribe: (key, callback) => {
      const onStorage = (event: StorageEvent) => {
        if (event.key === key) callback(parseThemeSetting(event.newValue));
      };
      window.addEventListener("storage", onStorage);
      return () => window.removeEventListener("storage", onStorage);
    },
  },
  { getOnInit: true },
);
