import { describe, expect, it } from "vitest";
import { withSectionRead } from "./read-marks.ts";

describe("withSectionRead", () => {
  it("takes the section off the unread list and keeps the rest of the summary", () => {
    const summary = { publishable: false, unreadSectionIds: ["a", "b"] };
    expect(withSectionRead(summary, "a")).toEqual({ publishable: false, unreadSectionIds: ["b"] });
  });

  it("leaves a summary that has nothing to change as it is (no re-render), and no summary alone", () => {
    const summary = { unreadSectionIds: ["b"] };
    expect(withSectionRead(summary, "a")).toBe(summary);
    expect(withSectionRead(undefined, "a")).toBeUndefined();
  });
});
