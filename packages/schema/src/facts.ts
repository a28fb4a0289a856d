import { z } from "zod";
import { idSchema } from "./common.ts";
import { safeText } from "./text.ts";

/** The template section that carries typed country facts (issue 10). */
export const FACTS_SECTION_KEY = "country-profile";

/** A fact older than this is flagged "over a year old". */
export const FACT_MAX_AGE_DAYS = 365;

const sourceSchema = safeText("Source")
  .trim()
  .min(1, "Give the source's web address")
  .max(500, "Source must be at most 500 characters")
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "Source must be a web address starting with http:// or https://");

const asOfSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date the figure is as of (YYYY-MM-DD)")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Not a real date");

const factOf = <T extends z.ZodType>(value: T) =>
  z.object({ value, source: sourceSchema, asOf: asOfSchema }).strict();

const amount = (label: string, max: number) =>
  z
    .number(`${label} must be a number`)
    .finite(`${label} must be a number`)
    .min(0, `${label} can't be negative`)
    .max(max, `${label} is implausibly large`);

const name = (label: string) =>
  safeText(label)
    .trim()
    .min(1, `Give the ${label.toLowerCase()}`)
    .max(120, `${label} must be at most 120 characters`);

/**
 * Country Profile's typed facts, each with where it comes from and when it was true. Every fact
 * is optional; a given one is complete (value, http(s) source, as-of date). Stored as JSON on the
 * section's revision (`Revision.facts`), so it travels with the text through history.
 */
export const countryFactsSchema = z
  .object({
    population: factOf(amount("Population", 1e10).int("Population must be a whole number")).optional(),
    gdpUsd: factOf(amount("GDP", 1e15)).optional(),
    gdpPerCapitaUsd: factOf(amount("GDP per capita", 1e7)).optional(),
    hdiRank: factOf(
      z.number("HDI rank must be a number").int("HDI rank must be a whole number").min(1).max(250),
    ).optional(),
    freedomScore: factOf(amount("Score", 1000))
      .extend({
        scale: safeText("Scale")
          .trim()
          .min(1, "Say which scale (e.g. Freedom House, 0–100)")
          .max(80, "Scale must be at most 80 characters"),
      })
      .optional(),
    headOfState: factOf(name("Head of state")).optional(),
    headOfGovernment: factOf(name("Head of government")).optional(),
    rulingParty: factOf(name("Ruling party")).optional(),
    capital: factOf(name("Capital")).optional(),
  })
  .strict();
export type CountryFacts = z.infer<typeof countryFactsSchema>;
export type FactKey = keyof CountryFacts;

/** Each fact's label and how its value reads, in the order tables list them. */
export const FACT_FIELDS: {
  key: FactKey;
  label: string;
  kind: "count" | "usd" | "rank" | "score" | "text";
}[] = [
  { key: "population", label: "Population", kind: "count" },
  { key: "gdpUsd", label: "GDP (USD)", kind: "usd" },
  { key: "gdpPerCapitaUsd", label: "GDP per capita (USD)", kind: "usd" },
  { key: "hdiRank", label: "HDI rank", kind: "rank" },
  { key: "freedomScore", label: "Freedom / democracy score", kind: "score" },
  { key: "headOfState", label: "Head of state", kind: "text" },
  { key: "headOfGovernment", label: "Head of government", kind: "text" },
  { key: "rulingParty", label: "Ruling party", kind: "text" },
  { key: "capital", label: "Capital", kind: "text" },
];

/** The facts in table order, with their values in words ("28.2 million", "$4,210"). */
export function factRows(facts: CountryFacts | null | undefined, now = new Date()) {
  if (!facts) return [];
  return FACT_FIELDS.flatMap(({ key, label, kind }) => {
    const fact = facts[key];
    if (!fact) return [];
    const value = formatFactValue(kind, fact.value, "scale" in fact ? fact.scale : undefined);
    return [{ key, label, value, source: fact.source, asOf: fact.asOf, old: isFactOld(fact.asOf, now) }];
  });
}
export type FactRow = ReturnType<typeof factRows>[number];

/**
 * What changed between two revisions' facts, in table order: a fact added, removed, or with a
 * new value, source or as-of date. Each side reads as its table row would ("28.2 million").
 */
export function diffFacts(from: CountryFacts | null | undefined, to: CountryFacts | null | undefined) {
  const before = new Map(factRows(from).map((row) => [row.key, row]));
  const after = new Map(factRows(to).map((row) => [row.key, row]));
  return FACT_FIELDS.flatMap(({ key, label }) => {
    const a = before.get(key) ?? null;
    const b = after.get(key) ?? null;
    if (!a && !b) return [];
    if (a && b && a.value === b.value && a.source === b.source && a.asOf === b.asOf) return [];
    const change: "added" | "removed" | "changed" = !a ? "added" : !b ? "removed" : "changed";
    return [{ key, label, change, before: a, after: b }];
  });
}
export type FactChange = ReturnType<typeof diffFacts>[number];

function formatFactValue(kind: string, value: number | string, scale?: string): string {
  if (typeof value === "string") return value;
  const plain = value.toLocaleString("en-US", { maximumFractionDigits: 2 });
  if (kind === "count") return bigNumber(value) ?? plain;
  if (kind === "usd") return `$${bigNumber(value) ?? plain}`;
  if (kind === "rank") return `${value}`;
  if (kind === "score") return scale ? `${plain} (${scale})` : plain;
  return plain;
}

/** 28,200,000 → "28.2 million"; below a million, null (the plain number reads fine). */
function bigNumber(value: number): string | null {
  const units: [number, string][] = [
    [1e12, "trillion"],
    [1e9, "billion"],
    [1e6, "million"],
  ];
  for (const [size, unit] of units) {
    if (value >= size)
      return `${(value / size).toLocaleString("en-US", { maximumFractionDigits: 1 })} ${unit}`;
  }
  return null;
}

/** Whether a fact's as-of date is more than a year before `now`. */
export function isFactOld(asOf: string, now = new Date()): boolean {
  const time = Date.parse(`${asOf}T00:00:00Z`);
  return !Number.isNaN(time) && now.getTime() - time > FACT_MAX_AGE_DAYS * 86_400_000;
}

/** "as of 12 March 2024 — over a year old" / "as of 12 March 2024". */
export function asOfLabel(asOf: string, now = new Date()): string {
  const time = Date.parse(`${asOf}T00:00:00Z`);
  if (Number.isNaN(time)) return `as of ${asOf}`;
  const date = new Date(time).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return isFactOld(asOf, now) ? `as of ${date} — over a year old` : `as of ${date}`;
}

export const saveFactsSchema = z.object({
  sectionId: idSchema,
  /** The revision whose facts the form started from; null for a section never saved. */
  baseRevisionId: idSchema.nullable(),
  facts: countryFactsSchema,
});
export type SaveFactsInput = z.infer<typeof saveFactsSchema>;

/**
 * The facts form: every field a string as typed. Blank rows are dropped; numbers may carry
 * thousands separators and a unit word ("28.2 million", "45bn"). The result is checked with
 * `countryFactsSchema`, whose messages land on the same field paths.
 */
const formRow = z.object({ value: z.string(), source: z.string(), asOf: z.string() });
export const factsFormSchema = z
  .object({
    population: formRow,
    gdpUsd: formRow,
    gdpPerCapitaUsd: formRow,
    hdiRank: formRow,
    freedomScore: formRow.extend({ scale: z.string() }),
    headOfState: formRow,
    headOfGovernment: formRow,
    rulingParty: formRow,
    capital: formRow,
  })
  .transform((form) => {
    const out: Record<string, unknown> = {};
    for (const { key, kind } of FACT_FIELDS) {
      const row = form[key] as { value: string; source: string; asOf: string; scale?: string };
      const blank = [row.value, row.source, row.asOf, row.scale ?? ""].every((v) => v.trim() === "");
      if (blank) continue;
      const value = kind === "text" ? row.value : parseAmount(row.value);
      out[key] = { ...row, value, source: row.source.trim() };
    }
    return out;
  })
  .pipe(countryFactsSchema);
export type FactsFormValues = z.input<typeof factsFormSchema>;

/** The form's starting values: the stored facts as text, blank rows for the rest. */
export function factsToForm(facts: CountryFacts | null | undefined): FactsFormValues {
  const row = (fact?: { value: number | string; source: string; asOf: string }) => ({
    value: fact ? String(fact.value) : "",
    source: fact?.source ?? "",
    asOf: fact?.asOf ?? "",
  });
  return {
    population: row(facts?.population),
    gdpUsd: row(facts?.gdpUsd),
    gdpPerCapitaUsd: row(facts?.gdpPerCapitaUsd),
    hdiRank: row(facts?.hdiRank),
    freedomScore: { ...row(facts?.freedomScore), scale: facts?.freedomScore?.scale ?? "" },
    headOfState: row(facts?.headOfState),
    headOfGovernment: row(facts?.headOfGovernment),
    rulingParty: row(facts?.rulingParty),
    capital: row(facts?.capital),
  };
}

const UNIT_WORDS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};

/** "28.2 million" → 28200000, "$1,234" → 1234; anything else → NaN (the schema says why). */
export function parseAmount(text: string): number {
  const match = /^\s*\$?\s*([\d,]*\.?\d+)\s*([a-z]*)\s*$/i.exec(text.replace(/\u00a0/g, " "));
  if (!match?.[1]) return Number.NaN;
  const unit = match[2]?.toLowerCase() ?? "";
  const factor = unit ? UNIT_WORDS[unit] : 1;
  if (factor === undefined) return Number.NaN;
  // Rounded to cents so 28.2 million is 28200000, not 28199999.999…
  return Math.round(Number(match[1].replace(/,/g, "")) * factor * 100) / 100;
}
