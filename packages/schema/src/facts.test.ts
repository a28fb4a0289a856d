import { describe, expect, it } from "vitest";
import {
  asOfLabel,
  countryFactsSchema,
  diffFacts,
  factRows,
  factsFormSchema,
  factsToForm,
  isFactOld,
  parseAmount,
} from "./facts.ts";

const source = "https://data.worldbank.org/country/mali";

describe("countryFactsSchema", () => {
  it("accepts complete facts and refuses incomplete or unsafe ones", () => {
    expect(
      countryFactsSchema.safeParse({
        population: { value: 22_400_000, source, asOf: "2024-07-01" },
        freedomScore: { value: 10, scale: "Freedom House, 0–100", source, asOf: "2025-02-01" },
        capital: { value: "Bamako", source, asOf: "2025-01-01" },
      }).success,
    ).toBe(true);
    const bad = (facts: unknown) => countryFactsSchema.safeParse(facts).success;
    expect(bad({ capital: { value: "Bamako", source: "javascript:alert(1)", asOf: "2025-01-01" } })).toBe(
      false,
    );
    expect(bad({ capital: { value: "Bamako", source: "ftp://x.org", asOf: "2025-01-01" } })).toBe(false);
    expect(bad({ capital: { value: "Bamako", source, asOf: "last year" } })).toBe(false);
    expect(bad({ population: { value: -1, source, asOf: "2025-01-01" } })).toBe(false);
    expect(bad({ population: { value: 1.5, source, asOf: "2025-01-01" } })).toBe(false);
    expect(bad({ freedomScore: { value: 10, source, asOf: "2025-01-01" } })).toBe(false);
    expect(bad({ motto: { value: "x", source, asOf: "2025-01-01" } })).toBe(false);
    expect(bad({ capital: { value: "Ba\u0000mako", source, asOf: "2025-01-01" } })).toBe(false);
  });
});

describe("the facts form", () => {
  it("drops blank rows, parses amounts with units, and reports errors on the field", () => {
    const form = factsToForm(null);
    form.population = { value: "22.4 million", source, asOf: "2024-07-01" };
    form.gdpUsd = { value: "$20.9bn", source, asOf: "2024-01-01" };
    const parsed = factsFormSchema.safeParse(form);
    expect(parsed.success && parsed.data).toEqual({
      population: { value: 22_400_000, source, asOf: "2024-07-01" },
      gdpUsd: { value: 20_900_000_000, source, asOf: "2024-01-01" },
    });
    form.capital = { value: "Bamako", source: "", asOf: "" };
    const failed = factsFormSchema.safeParse(form);
    expect(failed.success).toBe(false);
    expect(new Set(failed.error?.issues.map((i) => i.path.join(".")))).toEqual(
      new Set(["capital.source", "capital.asOf"]),
    );
  });

  it("round-trips stored facts through the form", () => {
    const facts = { hdiRank: { value: 188, source, asOf: "2024-03-13" } };
    const parsed = factsFormSchema.safeParse(factsToForm(facts));
    expect(parsed.success && parsed.data).toEqual(facts);
    expect(parseAmount("1,234")).toBe(1234);
    expect(parseAmount("twelve")).toBeNaN();
  });
});

describe("age and display", () => {
  const now = new Date("2026-11-29T00:00:00Z");
  it("flags facts over a year old", () => {
    expect(isFactOld("2025-11-28", now)).toBe(true);
    expect(isFactOld("2025-12-01", now)).toBe(false);
    expect(asOfLabel("2024-03-13", now)).toBe("as of 13 March 2024 — over a year old");
    expect(asOfLabel("2026-03-13", now)).toBe("as of 13 March 2026");
  });
  it("reads values in words", () => {
    const rows = factRows(
      {
        population: { value: 22_400_000, source, asOf: "2024-07-01" },
        gdpPerCapitaUsd: { value: 897.4, source, asOf: "2026-01-01" },
        freedomScore: { value: 10, scale: "Freedom House, 0–100", source, asOf: "2026-01-01" },
      },
      now,
    );
    expect(rows.map((r) => [r.label, r.value, r.old])).toEqual([
      ["Population", "22.4 million", true],
      ["GDP per capita (USD)", "$897.4", false],
      ["Freedom / democracy score", "10 (Freedom House, 0–100)", false],
    ]);
  });
});

describe("diffFacts", () => {
  const capital = { value: "Bamako", source, asOf: "2025-01-01" };
  it("lists added, removed and changed facts in table order, and nothing for equal facts", () => {
    expect(diffFacts(null, null)).toEqual([]);
    expect(diffFacts({ capital }, { capital: { ...capital } })).toEqual([]);
    const changes = diffFacts(
      { capital, population: { value: 22_400_000, source, asOf: "2024-07-01" } },
      {
        population: { value: 23_000_000, source, asOf: "2025-07-01" },
        hdiRank: { value: 188, source, asOf: "2025-01-01" },
      },
    );
    expect(changes.map((c) => [c.key, c.change, c.before?.value ?? null, c.after?.value ?? null])).toEqual([
      ["population", "changed", "22.4 million", "23 million"],
      ["hdiRank", "added", null, "188"],
      ["capital", "removed", "Bamako", null],
    ]);
  });
  it("counts a new source or as-of date alone as a change", () => {
    expect(diffFacts({ capital }, { capital: { ...capital, asOf: "2026-01-01" } })).toHaveLength(1);
    expect(diffFacts({ capital }, { capital: { ...capital, source: "https://example.org" } })).toHaveLength(
      1,
    );
  });
});
