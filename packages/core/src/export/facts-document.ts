import type { JSONContent } from "@dossier/editor";
import { asOfLabel, type CountryFacts, factRows } from "@dossier/schema";

const text = (value: string, marks?: JSONContent["marks"]): JSONContent => ({
  type: "text",
  text: value,
  ...(marks ? { marks } : {}),
});
const cell = (type: "tableHeader" | "tableCell", ...content: JSONContent[]): JSONContent => ({
  type,
  content: [{ type: "paragraph", content }],
});

/**
 * Country facts as an ordinary document (a heading line and a table), so every exporter renders
 * them with the code — and the escaping — it already uses for section text. `now`: what "over a
 * year old" is measured against (the export's date).
 */
export function factsDocument(facts: CountryFacts | null, now: Date): JSONContent | null {
  const rows = factRows(facts, now);
  if (rows.length === 0) return null;
  const header = ["Fact", "Value", "As of", "Source"].map((label) => cell("tableHeader", text(label)));
  return {
    type: "doc",
    content: [
      { type: "paragraph", content: [text("Country facts", [{ type: "bold" }])] },
      {
        type: "table",
        content: [
          { type: "tableRow", content: header },
          ...rows.map((row) => ({
            type: "tableRow",
            content: [
              cell("tableCell", text(row.label)),
              cell("tableCell", text(row.value)),
              cell("tableCell", text(asOfLabel(row.asOf, now).replace(/^as of /, ""))),
              cell("tableCell", text(row.source, [{ type: "link", attrs: { href: row.source } }])),
            ],
          })),
        ],
      },
    ],
  };
}

/** The section's document with its facts table first (exports show facts above the text). */
export function withFacts(content: JSONContent | null, facts: CountryFacts | null, now: Date) {
  const table = factsDocument(facts, now);
  if (!table) return content;
  return { type: "doc", content: [...(table.content ?? []), ...(content?.content ?? [])] };
}
