/**
 * The colour theme: what the person chose ("system" follows the operating system) and what that
 * means right now. Pure, so the pre-paint script, the menu and the tests agree on one rule.
 */
export const THEME_SETTINGS = ["system", "light", "dark"] as const;
export type ThemeSetting = (typeof THEME_SETTINGS)[number];
export type Theme = "light" | "dark";

/** Where the choice is remembered (per browser, not per account: it's about this screen). */
export const THEME_STORAGE_KEY = "dossier:theme";
export const DARK_SCHEME_QUERY = "(prefers-color-scheme: dark)";

/** A stored value, or nothing: anything unknown (an old format, a hand edit) means "system". */
export function parseThemeSetting(stored: string | null | undefined): ThemeSetting {
  return THEME_SETTINGS.find((setting) => setting === stored) ?? "system";
}

export function resolveTheme(setting: ThemeSetting, systemPrefersDark: boolean): Theme {
  if (setting === "system") return systemPrefersDark ? "dark" : "light";
  return setting;
}
