import { describe, expect, it } from "vitest";
import { canDecideScope, canRequestReview, reviewRefusal } from "./review-rules.ts";
import type { BriefAccessLevel } from "./roles.ts";

const levels: BriefAccessLevel[] = ["ADMIN", "EDITOR", "REVIEWER", "VIEWER"];
const me = "me";

describe("review rules by brief access level", () => {
  it("request review: editors and admins always, the owner unless a viewer", () => {
    const table = levels.map((l) => [
      l,
      canRequestReview(l, me, { ownerId: null }),
      canRequestReview(l, me, { ownerId: me }),
    ]);
    expect(table).toEqual([
      ["ADMIN", true, true],
      ["EDITOR", true, true],
      ["REVIEWER", false, true],
      ["VIEWER", false, false],
    ]);
  });

  it("approve / send back: reviewers, editors and admins; not your own revision if someone else could", () => {
    const allowed = levels.map((l) => [l, reviewRefusal(l, me, "someone", 1) === null]);
    expect(allowed).toEqual([
      ["ADMIN", true],
      ["EDITOR", true],
      ["REVIEWER", true],
      ["VIEWER", false],
    ]);
    expect(reviewRefusal("EDITOR", me, me, 1)).toMatch(/another reviewer/);
    expect(reviewRefusal("EDITOR", me, me, 0)).toBeNull();
  });

  it("not applicable, reopen and publish: editors and admins only", () => {
    expect(levels.map((l) => canDecideScope(l))).toEqual([true, true, false, false]);
  });
});
