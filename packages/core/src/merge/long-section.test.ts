import { describe, expect, it } from "vitest";
import { longSectionScenario } from "./long-section-fixture.ts";
import { mergeDocuments } from "./merge-documents.ts";

describe("mergeDocuments on a long section", () => {
  it("merges a 20,000-word section with scattered edits from both sides", () => {
    const { base, theirs, mine } = longSectionScenario();
    const result = mergeDocuments(base, theirs, mine);
    expect(result.ok).toBe(true);
    // Timing lives in bench/merge-20k.ts; here, that both sides' words survive.
    const merged = JSON.stringify(result.ok ? result.doc : null);
    expect(merged.match(/THEIRS/g)?.length).toBe(50);
    expect(merged.match(/MINE/g)?.length).toBe(60);
  });
});
