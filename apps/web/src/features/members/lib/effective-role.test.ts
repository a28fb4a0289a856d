import { describe, expect, it } from "vitest";
import { canOwnSections, effectiveRole } from "./effective-role.ts";

describe("effectiveRole", () => {
  it("caps the brief role by the org role; admins act as admins", () => {
    expect(effectiveRole({ orgRole: "REVIEWER", role: "EDITOR" })).toBe("REVIEWER");
    expect(effectiveRole({ orgRole: "EDITOR", role: "VIEWER" })).toBe("VIEWER");
    expect(effectiveRole({ orgRole: "ADMIN", role: "VIEWER" })).toBe("ADMIN");
  });
  it("only members who can edit may own sections", () => {
    expect(canOwnSections({ orgRole: "EDITOR", role: "EDITOR" })).toBe(true);
    expect(canOwnSections({ orgRole: "ADMIN", role: "REVIEWER" })).toBe(true);
    expect(canOwnSections({ orgRole: "REVIEWER", role: "EDITOR" })).toBe(false);
    expect(canOwnSections({ orgRole: "EDITOR", role: "REVIEWER" })).toBe(false);
  });
});
