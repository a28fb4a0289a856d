import { describe, expect, it } from "vitest";
import { packagesReached } from "@/test-support/packages-reached.ts";

// What opening a brief's section (or the dashboard) downloads before the page is usable
// (bench/page-weight.ts): forms and the command palette load when they are opened.
const PAGES = {
  "the section page": [
    "app/(app)/layout.tsx",
    "app/(app)/briefs/[briefId]/layout.tsx",
    "app/(app)/briefs/[briefId]/[sectionKey]/page.tsx",
  ],
  "the dashboard": ["app/(app)/layout.tsx", "app/(app)/(dashboard)/page.tsx"],
};

const reachedBy = (entries: string[]) => new Set(entries.flatMap((entry) => [...packagesReached(entry)]));

describe.each(Object.entries(PAGES))("%s's first load", (_page, entries) => {
  it("has no form library: a dialog's form loads when the dialog opens", () => {
    const reached = reachedBy(entries);
    expect(reached).not.toContain("react-hook-form");
    expect(reached).not.toContain("@hookform/resolvers/zod");
  });

  it("has no command palette: cmdk loads when the page is idle, or on Ctrl/Cmd+K", () => {
    expect(reachedBy(entries)).not.toContain("cmdk");
  });
});

describe("the walk", () => {
  it("does see the libraries where they are", () => {
    expect(packagesReached("features/briefs/components/new-brief-form.tsx")).toContain("react-hook-form");
    expect(packagesReached("features/search/components/palette-dialog.tsx")).toContain("cmdk");
  });
});
