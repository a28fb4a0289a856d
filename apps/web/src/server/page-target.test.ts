import { describe, expect, it } from "vitest";
import { pageTargetOf } from "./page-target.ts";

describe("pageTargetOf", () => {
  it.each([
    ["/", null],
    ["/signin", null],
    ["/briefs", null],
    ["/briefs/b1", { briefId: "b1" }],
    ["/briefs/b1/comments", { briefId: "b1" }],
    ["/briefs/b1/activity", { briefId: "b1" }],
    ["/admin/users", null],
    ["/invite/abc", null],
    ["/briefs/b1/versions", { briefId: "b1" }],
    ["/briefs/b1/versions/compare", { briefId: "b1" }],
    ["/briefs/b1/versions/v9", { briefId: "b1", versionId: "v9" }],
    ["/briefs/b1/crises", { briefId: "b1", sectionKey: "crises" }],
  ])("%s", (path, target) => {
    expect(pageTargetOf(path)).toEqual(target);
  });
});
