import { describe, expect, it } from "vitest";
import { PRE_PAINT_SCRIPT } from "./pre-paint-script.ts";
import { DARK_SCHEME_QUERY, parseThemeSetting, resolveTheme, THEME_STORAGE_KEY } from "./theme.ts";

/**
 * Runs the inline script against a fake browser. `isDark()` says whether <html> is dark now;
 * `systemSwitches(dark)` and `otherTabStores(value)` fire what the browser would.
 */
function fakeBrowser(initial: string | null | Error, systemPrefersDark: boolean) {
  const classes = new Set<string>();
  let stored = initial;
  let systemDark = systemPrefersDark;
  const localStorage = {
    getItem(key: string) {
      if (stored instanceof Error) throw stored;
      return key === THEME_STORAGE_KEY ? stored : null;
    },
  };
  const mediaListeners: (() => void)[] = [];
  const matchMedia = (query: string) => ({
    get matches() {
      return query === DARK_SCHEME_QUERY && systemDark;
    },
    addEventListener: (_type: "change", listener: () => void) => mediaListeners.push(listener),
  });
  const storageListeners: ((event: { key: string | null }) => void)[] = [];
  const addEventListener = (_type: "storage", listener: (event: { key: string | null }) => void) =>
    storageListeners.push(listener);
  const classList = {
    toggle: (name: string, on: boolean) => void (on ? classes.add(name) : classes.delete(name)),
  };
  const document = { documentElement: { classList } };
  new Function("localStorage", "matchMedia", "document", "addEventListener", PRE_PAINT_SCRIPT)(
    localStorage,
    matchMedia,
    document,
    addEventListener,
  );
  return {
    isDark: () => classes.has("dark"),
    systemSwitches(dark: boolean) {
      systemDark = dark;
      for (const listener of mediaListeners) listener();
    },
    otherTabStores(value: string, key = THEME_STORAGE_KEY) {
      stored = value;
      for (const listener of storageListeners) listener({ key });
    },
  };
}

const runScript = (stored: string | null | Error, systemPrefersDark: boolean): boolean =>
  fakeBrowser(stored, systemPrefersDark).isDark();

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

  it("follows the system switching while the setting is System, not while it is chosen", () => {
    const onSystem = fakeBrowser("system", false);
    onSystem.systemSwitches(true);
    expect(onSystem.isDark()).toBe(true);
    const chosen = fakeBrowser("light", false);
    chosen.systemSwitches(true);
    expect(chosen.isDark()).toBe(false);
  });

  it("follows another tab's choice, and ignores other keys", () => {
    const page = fakeBrowser("light", false);
    page.otherTabStores("dark", "something-else");
    expect(page.isDark()).toBe(false);
    page.otherTabStores("dark");
    expect(page.isDark()).toBe(true);
  });
});
