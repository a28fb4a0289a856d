"use client";

import { useAtomValue } from "jotai";
import { useEffect } from "react";
import { DARK_SCHEME_QUERY, resolveTheme } from "../lib/theme.ts";
import { themeSettingAtom } from "../state.ts";

/**
 * Keeps <html class="dark"> in step with the setting as React sees it: above all this tab's own
 * choice from the menu, which no browser event announces. (The pre-paint script follows the
 * system and other tabs on every page, signed out too; this repeats that, harmlessly.)
 */
export function ThemeSync() {
  const setting = useAtomValue(themeSettingAtom);
  useEffect(() => {
    const systemDark = window.matchMedia(DARK_SCHEME_QUERY);
    const apply = () =>
      document.documentElement.classList.toggle("dark", resolveTheme(setting, systemDark.matches) === "dark");
    apply();
    systemDark.addEventListener("change", apply);
    return () => systemDark.removeEventListener("change", apply);
  }, [setting]);
  return null;
}
