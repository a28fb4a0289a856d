import { describe, expect, it } from "vitest";
import { titleScore, titleWords } from "./match-title.ts";

const score = (heading: string, title: string) => titleScore(titleWords(heading), titleWords(title));

describe("tolerant title matching", () => {
  it.each([
    ["COUNTRY PROFILE:", "Country Profile"],
    ["country profile", "Country Profile"],
    ["Security and Defense", "Security & Defense"],
    ["Security & Defence", "Security & Defence"],
    ["What Does This Country Need from the US/World", "What Does This Country Need from the U.S./World?"],
    [
      "What Does This Country Need From The United States / World?",
      "What Does This Country Need from the U.S./World?",
    ],
    ["Immigration to U.S.A. report", "Immigration to USA Report"],
    ["Visa requirements for US citizen to visit", "Visa Requirements for US Citizens to Visit"],
    [
      "What agreements and treaties and organizations are we currently in together",
      "What Agreements, Treaties and Organizations Are We Currently In Together",
    ],
    ["Overview", "1. Overview"],
    ["2) Strategic importance", "2. Strategic Importance"],
    ["IV. Policy Goals", "4. Policy Goals"],
    ["Côte d’Ivoire’s Crises", "Cote d'Ivoires Crises"],
  ])("%s ≈ %s", (heading, title) => {
    expect(score(heading, title)).toBe(1);
  });

  it("accepts a few extra words, and one missing word in a long title", () => {
    const summary = "How Can This Country Help the U.S. Achieve Its Regional Goals?";
    expect(score(`${summary} (summary)`, summary)).toBeGreaterThan(0.8);
    expect(score("Crises and Conflicts", "Crises")).toBeGreaterThan(0);
    expect(
      score("Importance to National Interests", "Importance to National/Global Interests"),
    ).toBeGreaterThan(0);
    // The exact title always beats a near one.
    expect(score(summary, summary)).toBeGreaterThan(score(`${summary} (summary)`, summary));
  });

  it.each([
    ["Economic Strategies", "Economic Interests"],
    ["Crises in the Sahel region this year", "Crises"],
    ["Human Rights", "Human Rights and Social Justice Beyond Governance"],
    ["Trade", "Trade Relationships"],
    ["Mali: Strategic U.S. Foreign Policy Analysis", "2. Strategic Importance"],
    ["Mali: Strategic U.S. Foreign Policy Analysis", "4. Policy Goals"],
    ["", "Preface"],
  ])("%s ≠ %s", (heading, title) => {
    expect(score(heading, title)).toBe(0);
  });
});
