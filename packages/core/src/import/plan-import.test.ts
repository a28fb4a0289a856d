import { readFileSync } from "node:fs";
import { countWords, documentToPlainText, type JSONContent } from "@dossier/editor";
import { markdownToDocument } from "@dossier/editor/markdown";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors.ts";
import { defaultTemplate, flattenTemplate } from "../template/default-template.ts";
import { type ImportPlan, planImport } from "./plan-import.ts";

const template = flattenTemplate(defaultTemplate);
const fixture = readFileSync(new URL("../../../../fixtures/mali-brief.md", import.meta.url), "utf8");
const plan = (markdown: string, overrides?: Record<string, string>) =>
  planImport(markdown, template, overrides);
const textOf = (p: ImportPlan, key: string) => {
  const document = p.sections.find((s) => s.key === key)?.document;
  return document ? documentToPlainText(document) : "";
};

// How each section of the fixture opens: the importer must put exactly this text there.
const FIXTURE_OPENINGS: Record<string, string> = {
  preface: "Mali, located in West Africa",
  crises: "Mali is currently grappling",
  "frank-narrative": "Mali's recent history",
  "summary-help-us-goals": "Mali has been a key player",
  "summary-needs-from-us": "Mali requires substantial support",
  "country-profile": "Mali is a landlocked country",
  "importance-to-interests": "Mali's geographical location",
  "democracy-score": "Mali's political landscape",
  "bilateral-milestones": "Significant events shaping",
  "previous-agreements": "Mali and the U.S. have collaborated",
  "trade-relationships": "Mali's primary exports",
  "strategic-resources": "Mali's gold reserves",
  "shared-security-concerns": "The presence of armed groups",
  "military-cooperation": "Mali has historically cooperated",
  "regional-diplomacy-role": "Mali plays a crucial role",
  "multilateral-cooperation": "Mali's engagement in international peace",
  "human-rights-rule-of-law": "Mali faces significant governance challenges",
  "government-stability": "The transitional government's stability",
  "current-agreements": "The U.S. and Mali have engaged",
  "trade-imbalances": "Mali faces challenges related to trade",
  "new-trade-agreements": "Exploring new trade agreements",
  "regional-conflicts": "Mali's relationships with neighboring",
  "terrorism-cyber-escalation": "The threat of terrorism",
  "migration-public-opinion": "Migration trends and cultural exchange",
  "societal-values": "Mali and the U.S. share some",
  "climate-impact": "Climate change exacerbates",
  "joint-climate-initiatives": "Collaborating on renewable energy",
  "environmental-risks": "Environmental degradation",
  "policy-help-us-goals": "Mali's contributions to U.S. strategic interests",
  "policy-needs-from-us": "Mali needs support in economic diversification",
  "concrete-policy-proposal": "The U.S. should propose",
  "diplomatic-objectives": "Strengthening alliances with Mali",
  "economic-strategies": "Expanding trade opportunities",
  "public-health": "Mali faces significant public health",
  "migration-refugees-borders": "Mali has been a source of migration",
  "corruption-governance": "Mali's governance issues",
  "regional-multilateral-engagement": "Mali's participation in regional",
  "human-rights-social-justice": "Addressing labor rights",
  "tariff-report": "Mali's tariffs on imports",
  "immigration-report": "Malian immigration to the U.S.",
  "visa-requirements": "U.S. citizens traveling to Mali",
};

/** Every word of the file is in a section, a heading, or the title: nothing was dropped. */
function expectNoWordLost(markdown: string, p: ImportPlan) {
  const inFile = countWords(documentToPlainText(markdownToDocument(markdown)));
  const headingWords = p.sections.reduce((n, s) => n + (s.heading ? countWords(s.heading.text) : 0), 0);
  const placed = p.sections.reduce((n, s) => n + s.words, 0);
  expect(placed + headingWords + countWords(p.title ?? "")).toBe(inFile);
}

describe("importing the Mali fixture", () => {
  const result = plan(fixture);

  it("fills every leaf section with its own text and reports nothing unmatched", () => {
    const leaves = result.sections.filter((s) => s.isLeaf);
    expect(leaves).toHaveLength(41);
    for (const leaf of leaves) {
      const opening = FIXTURE_OPENINGS[leaf.key]!;
      expect(textOf(result, leaf.key).slice(0, opening.length), leaf.key).toBe(opening);
    }
    expect(result.unmatched).toEqual([]);
    expectNoWordLost(fixture, result);
  });

  it("takes the title and country from the title line", () => {
    expect(result.title).toBe("Mali: Strategic U.S. Foreign Policy Analysis");
    expect(result.country).toBe("Mali");
  });

  it("tells the two 'How can this country help' sections apart by position", () => {
    expect(textOf(result, "summary-help-us-goals")).toMatch(/^Mali has been a key player/);
    expect(textOf(result, "policy-help-us-goals")).toMatch(/^Mali's contributions/);
    expect(textOf(result, "summary-needs-from-us")).toMatch(/^Mali requires/);
    expect(textOf(result, "policy-needs-from-us")).toMatch(/^Mali needs support/);
  });

  it("matches parents too, so the preview can show each heading it recognised", () => {
    const heading = (key: string) => result.sections.find((s) => s.key === key)?.heading;
    expect(heading("strategic-importance")).toMatchObject({
      text: "2. Strategic Importance",
      form: "atx",
      line: 63,
    });
    expect(heading("historical-context")).toMatchObject({ text: "Historical Context", form: "bold" });
    expect(heading("current-agreements")?.text).toBe(
      "What agreements and treaties and organizations are we currently in together",
    );
  });
});

describe("headings that match nothing", () => {
  const md = [
    "# Testland: Strategic U.S. Foreign Policy Analysis",
    "## Crises",
    "Drought and debt.",
    "## Annex on Water",
    "Rivers are *drying*.",
    "## Frank Narrative",
    "Candid words.",
  ].join("\n\n");

  it("are reported, and their text goes to the section before them by default", () => {
    const result = plan(md);
    expect(result.unmatched).toEqual([
      expect.objectContaining({
        id: "line-7",
        kind: "heading",
        heading: "Annex on Water",
        defaultTarget: "crises",
        target: "crises",
        excerpt: "Annex on Water Rivers are drying.",
      }),
    ]);
    const crises = result.sections.find((s) => s.key === "crises")!;
    expect(crises.receives).toEqual(["line-7"]);
    expect(crises.document?.content).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "Drought and debt." }] },
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Annex on Water" }] },
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Rivers are " },
          { type: "text", text: "drying", marks: [{ type: "italic" }] },
          { type: "text", text: "." },
        ],
      },
    ]);
    expect(textOf(result, "frank-narrative")).toBe("Candid words.");
    expectNoWordLost(md, result);
  });

  it("go where the person picks instead", () => {
    const result = plan(md, { "line-7": "climate-impact" });
    expect(result.unmatched[0]).toMatchObject({ defaultTarget: "crises", target: "climate-impact" });
    expect(textOf(result, "crises")).toBe("Drought and debt.");
    expect(textOf(result, "climate-impact")).toBe("Annex on Water\n\nRivers are drying.");
  });

  it("refuse a choice that is not a writable section, or a piece the file doesn't have", () => {
    const attempt = (overrides: Record<string, string>) => {
      try {
        plan(md, overrides);
        return "accepted";
      } catch (error) {
        return error instanceof AppError ? error.code : String(error);
      }
    };
    expect(attempt({ "line-7": "overview" })).toBe("BAD_REQUEST");
    expect(attempt({ "line-7": "no-such-section" })).toBe("BAD_REQUEST");
    expect(attempt({ "line-99": "crises" })).toBe("BAD_REQUEST");
  });
});

describe("text outside any section", () => {
  it("before the first heading goes to the first section, reported; the title line is the title", () => {
    const result = plan("**Draft — do not circulate**\n\nPrepared by the desk.\n\n### Preface\n\nIntro.");
    expect(result.title).toBe("Draft — do not circulate");
    expect(result.country).toBeNull();
    expect(result.unmatched).toEqual([
      expect.objectContaining({ id: "preamble", kind: "preamble", heading: null, target: "preface" }),
    ]);
    expect(textOf(result, "preface")).toBe("Prepared by the desk.\n\nIntro.");
  });

  it("under a section that only groups others goes to its first leaf, reported", () => {
    const result = plan("### 1. Overview\n\nA word on the overview.\n\n**Country Profile:**\n\nLandlocked.");
    expect(result.unmatched).toEqual([
      expect.objectContaining({
        id: "under-overview",
        kind: "under-parent",
        heading: "1. Overview",
        target: "country-profile",
      }),
    ]);
    expect(textOf(result, "country-profile")).toBe("A word on the overview.\n\nLandlocked.");
  });

  it("keeps a section whose only content has no words: an empty code block, an empty table", () => {
    const result = plan("## Crises\n\n```\n```\n\n## Preface\n\n| |\n|-|\n\n## Frank Narrative\n\n---\n");
    const types = (key: string) =>
      result.sections.find((s) => s.key === key)?.document?.content?.map((b) => b.type);
    expect(types("crises")).toEqual(["codeBlock"]);
    expect(types("preface")).toEqual(["table"]);
    // A rule next to a section heading is a separator, so Frank Narrative has nothing.
    expect(types("frank-narrative")).toBeUndefined();
  });

  it("leaves sections the file doesn't have empty", () => {
    const result = plan("## Crises\n\nOnly this.");
    expect(result.sections.filter((s) => s.document).map((s) => s.key)).toEqual(["crises"]);
  });
});

describe("heading forms", () => {
  it.each([
    ["ATX", "### Country Profile\n\nLandlocked."],
    ["bold line", "**Country Profile**\n\nLandlocked."],
    ["bold, colon inside", "**Country Profile:**\n\nLandlocked."],
    ["bold, colon outside", "**Country Profile**:\n\nLandlocked."],
    ["bold with text on the same line", "**Country Profile:** Landlocked."],
    ["bold, colon outside, text on the same line", "**Country Profile**: Landlocked."],
    ["bold with a hard break", "**Country Profile:**  \nLandlocked."],
    ["setext", "Country Profile\n---------------\n\nLandlocked."],
  ])("%s", (_, md) => {
    const result = plan(`## Crises\n\nFirst.\n\n${md}`);
    expect(textOf(result, "country-profile")).toBe("Landlocked.");
    expect(textOf(result, "crises")).toBe("First.");
    expect(result.unmatched).toEqual([]);
  });

  it("numbered parts, as a list line or in bold", () => {
    const result = plan(
      "1. Overview\n\n**Country Profile:** Landlocked.\n\n**2. Strategic Importance**\n\n**Trade Relationships:** Gold.",
    );
    expect(result.sections.find((s) => s.key === "overview")?.heading?.form).toBe("numbered");
    expect(result.sections.find((s) => s.key === "strategic-importance")?.heading?.form).toBe("bold");
    expect(textOf(result, "country-profile")).toBe("Landlocked.");
    expect(textOf(result, "trade-relationships")).toBe("Gold.");
    expect(result.unmatched).toEqual([]);
  });

  it("a bold lead-in naming a later section stays text when that section has its own heading", () => {
    const md =
      "## Crises\n\n**Economic Strategies:** matter here too.\n\n## Economic Strategies\n\nTrade first.";
    const result = plan(md);
    expect(textOf(result, "crises")).toBe("Economic Strategies: matter here too.");
    expect(textOf(result, "economic-strategies")).toBe("Trade first.");
  });

  it("a deeper heading under a section is a heading inside it, not an unmatched one", () => {
    const result = plan(
      "## Crises\n\nOverview.\n\n### The Wagner Group\n\nDetails.\n\n#### Funding\n\nGold.",
    );
    expect(result.unmatched).toEqual([]);
    expect(
      result.sections
        .find((s) => s.key === "crises")
        ?.document?.content?.map((b) => [b.type, b.attrs?.level]),
    ).toEqual([
      ["paragraph", undefined],
      ["heading", 2],
      ["paragraph", undefined],
      ["heading", 3],
      ["paragraph", undefined],
    ]);
  });

  it("drops the rules that separate sections, and keeps lists, tables and links", () => {
    const md =
      "## Crises\n\n---\n\n- [Report](https://example.org/r)\n  - nested\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n---\n\n## Preface\n\nHi.";
    const content = plan(md).sections.find((s) => s.key === "crises")?.document?.content as JSONContent[];
    expect(content.map((b) => b.type)).toEqual(["bulletList", "table"]);
    expect(JSON.stringify(content)).toContain('"href":"https://example.org/r"');
  });
});
