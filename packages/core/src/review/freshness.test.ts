import { describe, expect, it } from "vitest";
import { isStale } from "./freshness.ts";

const now = new Date("2026-06-30T12:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const base = {
  isLeaf: true,
  status: "APPROVED",
  reviewedAt: null,
  lastEditedAt: null,
};

describe("isStale", () => {
  it("is stale once the last approval is older than the policy", () => {
    expect(isStale({ ...base, reviewedAt: daysAgo(8) }, 7, now)).toBe(true);
    expect(isStale({ ...base, reviewedAt: daysAgo(6) }, 7, now)).toBe(false);
  });
  it("counts a filled, never-approved section from its last edit", () => {
    expect(isStale({ ...base, status: "DRAFT", lastEditedAt: daysAgo(31) }, 30, now)).toBe(true);
    expect(isStale({ ...base, status: "DRAFT", lastEditedAt: daysAgo(29) }, 30, now)).toBe(false);
  });
  it("never marks empty, not-applicable, grouping or policy-less sections", () => {
    expect(isStale({ ...base, status: "DRAFT" }, 1, now)).toBe(false);
    expect(isStale({ ...base, status: "NOT_APPLICABLE", reviewedAt: daysAgo(400) }, 7, now)).toBe(false);
    expect(isStale({ ...base, isLeaf: false, reviewedAt: daysAgo(400) }, 7, now)).toBe(false);
    expect(isStale({ ...base, reviewedAt: daysAgo(400) }, null, now)).toBe(false);
  });
});
