import { describe, expect, it } from "vitest";
import { defaultTemplate, flattenTemplate } from "./default-template.ts";

describe("default template", () => {
  const flat = flattenTemplate(defaultTemplate);

  it("has the 41 editable sections of the fixture brief", () => {
    expect(flat.filter((s) => s.isLeaf)).toHaveLength(41);
  });

  it("has unique, URL-safe keys", () => {
    const keys = flat.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9-]+$/);
  });

  it("tells the two 'How can this country help' sections apart by position", () => {
    const help = flat.filter((s) => s.title.startsWith("How Can This Country Help"));
    expect(help.map((s) => s.parentKey)).toEqual([null, "policy-goals"]);
  });

  it("lists parents before their children, in order", () => {
    const seen = new Set<string>();
    for (const s of flat) {
      if (s.parentKey) expect(seen.has(s.parentKey)).toBe(true);
      seen.add(s.key);
    }
    expect(flat.map((s) => s.position)).toEqual(flat.map((_, i) => i));
  });
});
