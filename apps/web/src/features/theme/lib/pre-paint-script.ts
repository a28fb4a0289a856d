import { DARK_SCHEME_QUERY, THEME_STORAGE_KEY } from "./theme.ts";

/**
 * Sets <html class="dark"> from the stored setting before the first paint, so a dark page never
 * flashes white while React loads, and keeps it set when the system switches (on "System") or
 * another tab picks a theme — on every page, the sign-in page too, without React or a state
 * library (ThemeSync adds this tab's own choice from the menu). It runs as an inline script,
 * serialised from this function: it may use only its arguments and browser globals, not the
 * helpers of theme.ts, so it repeats their rule in one line (pre-paint-script.test.ts holds the
 * two to the same answers).
 */
function applyStoredTheme(key: string, darkQuery: string) {
  const system = matchMedia(darkQuery);
  const apply = () => {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(key);
    } catch {
      // storage refused (privacy settings): follow the system
    }
    const dark = stored === "dark" || (stored !== "light" && system.matches);
    document.documentElement.classList.toggle("dark", dark);
  };
  apply();
  system.addEventListener("change", apply);
  addEventListener("storage", (event: StorageEvent) => {
    if (event.key === key) apply();
  });
}

export const PRE_PAINT_SCRIPT = `(${applyStoredTheme})(${JSON.stringify(THEME_STORAGE_KEY)},${JSON.stringify(DARK_SCHEME_QUERY)})`;
