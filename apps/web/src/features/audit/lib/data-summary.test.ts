import { describe, expect, it } from "vitest";
import { dataSummary } from "./data-summary.ts";

describe("dataSummary", () => {
  it("lists the action, the ids it names, then each recorded fact", () => {
    expect(
      dataSummary({
        action: "member.set",
        briefId: "b1",
        sectionId: null,
        targetId: "u7",
        data: { email: "a@b.c", role: "EDITOR", previousRole: null, counts: { a: 1 } },
      }),
    ).toEqual([
      ["action", "member.set"],
      ["brief id", "b1"],
      ["target id", "u7"],
      ["email", "a@b.c"],
      ["role", "EDITOR"],
      ["previousRole", "—"],
      ["counts", '{"a":1}'],
    ]);
    expect(
      dataSummary({ action: "session.signIn", briefId: null, sectionId: null, targetId: null, data: null }),
    ).toEqual([["action", "session.signIn"]]);
  });
});
