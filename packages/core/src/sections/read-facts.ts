import { type CountryFacts, countryFactsSchema } from "@dossier/schema";

/**
 * Stored facts (Revision.facts, JSON) as their typed shape. They were checked on the way in;
 * anything that no longer parses (a field since renamed) reads as no facts rather than an error.
 */
export function readFacts(json: unknown): CountryFacts | null {
  if (json === null || json === undefined) return null;
  const parsed = countryFactsSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
