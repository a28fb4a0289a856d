"use client";

import { useAtomValue } from "jotai";
import { useEffect } from "react";
import { DARK_SCHEME_QUERY, resolveTheme } from "../lib/theme.ts";
import { themeSettingAtom } from "../state.ts";

/**
 * Keeps <html class="dark"> in step after the pre-paint script has set it: when the setting
 * changes (here or in another tab) and, on "System", when the operating system switches.
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
