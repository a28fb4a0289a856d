import { describe, expect, it } from "vitest";
import { PRE_PAINT_SCRIPT } from "./pre-paint-script.ts";
import { DARK_SCHEME_QUERY, parseThemeSetting, resolveTheme, THEME_STORAGE_KEY } from "./theme.ts";

/** Runs the inline script against a fake browser; says whether it made <html> dark. */
function runScript(stored: string | null | Error, systemPrefersDark: boolean): boolean {
  const classes = new Set<string>();
  const localStorage = {
    getItem(key: string) {
      if (stored instanceof Error) throw stored;
      return key === THEME_STORAGE_KEY ? stored : null;
    },
  };
  const matchMedia = (query: string) => ({ matches: query === DARK_SCHEME_QUERY && systemPrefersDark });
  const classList = {
    toggle: (name: string, on: boolean) => void (on ? classes.add(name) : classes.delete(name)),
  };
  const document = { documentElement: { classList } };
  new Function("localStorage", "matchMedia", "document", PRE_PAINT_SCRIPT)(
    localStorage,
    matchMedia,
    document,
  );
  return classes.has("dark");
}

describe("the pre-paint script", () => {
  it("agrees with resolveTheme for every stored value and system preference", () => {
    for (const stored of ["system", "light", "dark", null, "bogus"]) {
      for (const systemPrefersDark of [true, false]) {
        const expected = resolveTheme(parseThemeSetting(stored), systemPrefersDark) === "dark";
        expect(runScript(stored, systemPrefersDark), `${stored} / system dark ${systemPrefersDark}`).toBe(
          expected,
        );
      }
    }
  });

  it("follows the system when storage is refused", () => {
    expect(runScript(new Error("SecurityError"), true)).toBe(true);
    expect(runScript(new Error("SecurityError"), false)).toBe(false);
  });
});
