import { describe, expect, it } from "vitest";
import { modulesReached, packagesReached } from "@/test-support/packages-reached.ts";

// What opening a brief's section (or the dashboard) downloads before the page is usable
// (bench/page-weight.ts): forms, the command palette, the comments panel's threads and the
// history views load apart (lib/lazy-component.tsx), after the page is usable.
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

describe("the section page's first load", () => {
  const files = () => new Set(PAGES["the section page"].flatMap((entry) => [...modulesReached(entry).files]));

  it("has no comment threads or composer: the comments panel is closed at first", () => {
    expect(files()).toContain("features/comments/components/comments-panel.tsx");
    expect(files()).not.toContain("features/comments/components/thread-list.tsx");
    expect(files()).not.toContain("features/comments/components/comment-composer.tsx");
  });

  it("has no revision or comparison view, nor the conflict screen", () => {
    expect(files()).toContain("features/history/components/lazy-stage-views.tsx");
    expect(files()).not.toContain("features/history/components/revision-view.tsx");
    expect(files()).not.toContain("features/history/components/compare-view.tsx");
    expect(files()).not.toContain("features/conflict/components/conflict-resolver.tsx");
  });
});

describe("the walk", () => {
  it("does see the libraries where they are", () => {
    expect(packagesReached("features/briefs/components/new-brief-form.tsx")).toContain("react-hook-form");
    expect(packagesReached("features/search/components/palette-dialog.tsx")).toContain("cmdk");
  });
});
