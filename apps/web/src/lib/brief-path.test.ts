import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BRIEF_PAGES, briefEntryPath, briefSegmentOf, sectionKeyOf } from "./brief-path.ts";

describe("brief paths", () => {
  it("name a section page by its key, and nothing else as a section", () => {
    expect(sectionKeyOf("/briefs/b1/crises", "b1")).toBe("crises");
    expect(sectionKeyOf("/briefs/b1/versions", "b1")).toBeNull();
    expect(sectionKeyOf("/briefs/b1/versions/compare", "b1")).toBeNull();
    expect(sectionKeyOf("/briefs/b1", "b1")).toBeNull();
    expect(sectionKeyOf("/briefs/b2/crises", "b1")).toBeNull();
    expect(sectionKeyOf("/", "b1")).toBeNull();
  });

  it("give the brief's page for the sidebar's marks, the compare page under Versions", () => {
    expect(briefSegmentOf("/briefs/b1/versions/compare", "b1")).toBe("versions");
    expect(briefSegmentOf("/briefs/b1/comments", "b1")).toBe("comments");
    expect(briefSegmentOf("/briefs/b1/", "b1")).toBeNull();
    expect(briefSegmentOf("/briefs/b1/%E0%A4%A", "b1")).toBe("%E0%A4%A"); // malformed: kept, no throw
  });

  it("know every static page the app has beside the sections", () => {
    const dir = fileURLToPath(new URL("../app/(app)/briefs/[briefId]/", import.meta.url));
    const pages = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith("["))
      .map((entry) => entry.name)
      .sort();
    expect(pages).toEqual([...BRIEF_PAGES].sort());
  });

  it("open a brief on its first section, except for viewers (the server may send them to the published version)", () => {
    expect(briefEntryPath({ id: "b1", myRole: "EDITOR", firstSectionKey: "preface" })).toBe(
      "/briefs/b1/preface",
    );
    expect(briefEntryPath({ id: "b1", myRole: "REVIEWER", firstSectionKey: "a b" })).toBe("/briefs/b1/a%20b");
    expect(briefEntryPath({ id: "b1", myRole: "VIEWER", firstSectionKey: "preface" })).toBe("/briefs/b1");
    expect(briefEntryPath({ id: "b1", myRole: "EDITOR", firstSectionKey: null })).toBe("/briefs/b1");
  });
});
