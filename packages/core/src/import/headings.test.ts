import { parseMarkdown } from "@dossier/editor/markdown";
import { describe, expect, it } from "vitest";
import { headingCandidate } from "./headings.ts";

const candidate = (md: string) => {
  const [block] = parseMarkdown(md).children;
  return block ? headingCandidate(block) : null;
};

describe("heading candidates", () => {
  it("reads the forms real briefs use", () => {
    expect(candidate("### **Crises**:")).toMatchObject({
      text: "Crises",
      level: 3,
      form: "atx",
      strong: true,
    });
    expect(candidate("**Frank Narrative**")).toMatchObject({
      text: "Frank Narrative",
      form: "bold",
      strong: true,
    });
    expect(candidate("**Tariff report:**  \nTariffs vary.")).toMatchObject({
      text: "Tariff report",
      form: "bold",
      strong: true,
      rest: { type: "paragraph", children: [{ type: "text", value: "Tariffs vary." }] },
    });
    expect(candidate("**Country Profile:** Mali is landlocked.")).toMatchObject({
      text: "Country Profile",
      form: "bold-inline",
      strong: false,
      rest: { children: [{ type: "text", value: "Mali is landlocked." }] },
    });
    expect(candidate("**Country Profile**: Mali is landlocked.")).toMatchObject({ form: "bold-inline" });
    expect(candidate("1. Overview")).toMatchObject({ text: "1. Overview", form: "numbered", strong: false });
    expect(candidate("1\\. Overview")).toMatchObject({ text: "1. Overview", form: "numbered" });
    expect(candidate("*__2. Strategic Importance__*")).toMatchObject({
      text: "2. Strategic Importance",
      form: "bold",
    });
  });

  it("leaves ordinary text alone", () => {
    expect(candidate("**Crises** in the Sahel grew worse.")).toBeNull();
    expect(candidate("Mali is landlocked.")).toBeNull();
    expect(candidate(`**${"word ".repeat(30).trim()}**`)).toBeNull();
    expect(candidate("1. first\n2. second")).toBeNull();
    expect(
      candidate(
        "1. A long numbered point that reads like a sentence with more than twenty words in it, so it is not a heading at all, surely.",
      ),
    ).toBeNull();
  });
});
