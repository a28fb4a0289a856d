import { AUDIT_ACTIONS } from "@dossier/schema";
import { describe, expect, it } from "vitest";
import { actionGroups, hasActionLabel } from "./action-labels.ts";

describe("action labels", () => {
  it("name every action the server records, each in one group", () => {
    expect(AUDIT_ACTIONS.filter((action) => !hasActionLabel(action))).toEqual([]);
    const listed = actionGroups().flatMap((g) => g.actions.map((a) => a.value));
    expect([...listed].sort()).toEqual([...AUDIT_ACTIONS].sort());
    expect(actionGroups().find((g) => g.group === "Sections")?.actions).toContainEqual({
      value: "section.save",
      label: "Saved a section",
    });
  });
});
