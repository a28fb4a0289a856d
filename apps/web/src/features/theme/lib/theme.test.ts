import { describe, expect, it } from "vitest";
import { parseThemeSetting, resolveTheme, THEME_SETTINGS } from "./theme.ts";

describe("parseThemeSetting", () => {
  it("keeps each known setting", () => {
    for (const setting of THEME_SETTINGS) expect(parseThemeSetting(setting)).toBe(setting);
  });

  it("reads nothing stored, or anything unknown, as system", () => {
    for (const stored of [null, undefined, "", "Dark", "auto", '"dark"', "true"]) {
      expect(parseThemeSetting(stored)).toBe("system");
    }
  });
});

describe("resolveTheme", () => {
  it("follows the system's preference on system", () => {
    expect(resolveTheme("system", true)).toBe("dark");
    expect(resolveTheme("system", false)).toBe("light");
  });

  it("keeps an explicit choice whatever the system prefers", () => {
    for (const systemPrefersDark of [true, false]) {
      expect(resolveTheme("light", systemPrefersDark)).toBe("light");
      expect(resolveTheme("dark", systemPrefersDark)).toBe("dark");
    }
  });
});
