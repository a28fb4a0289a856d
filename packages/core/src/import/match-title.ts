/**
 * Tolerant title matching: "**What agreements and treaties and organizations are we currently in
 * together:**" is the template's "What Agreements, Treaties and Organizations Are We Currently In
 * Together". Titles are compared as sets of normalised words, so case, punctuation, `&`/"and",
 * "U.S."/"US"/"United States", numbering, plurals and a trailing colon don't matter, and a heading
 * may carry a few extra words ("(summary)") or miss one word of a long title.
 */

// Words that vary freely between spellings of the same title.
const STOPWORDS = new Set(["a", "an", "and", "or", "the", "of", "to", "for", "in", "on", "at", "by", "with"]);

const UNITED_STATES = /\bu\.\s?s\.(?:\s?a\.)?|\bunited states(?: of america)?\b|\busa\b/g;
// "1.", "2.3", "IV.", "b)" in front of a title.
const NUMBERING = /^\s*(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)]|[a-z][.)])\s+/;

/** The comparable words of a title. */
export function titleWords(title: string): string[] {
  const text = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(UNITED_STATES, " us ")
    .replace(/['’ʼ]/g, "")
    .replace(NUMBERING, "");
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "" && !STOPWORDS.has(word))
    .map(stem);
}

/** Enough of an English plural rule for titles: "treaties" ~ "treaty", "citizens" ~ "citizen". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/**
 * How well a heading names a template title, from 0 (not at all) to 1 (the same words).
 * Every word of the title and at most as many extra words → a match; one missing word is
 * forgiven only in titles of four words or more, and only without extra words to spare.
 */
export function titleScore(heading: readonly string[], title: readonly string[]): number {
  const h = new Set(heading);
  const t = new Set(title);
  if (h.size === 0 || t.size === 0) return 0;
  let common = 0;
  for (const word of t) if (h.has(word)) common++;
  const recall = common / t.size;
  const precision = common / h.size;
  if (recall === 1 && precision === 1) return 1;
  if (recall === 1 && precision >= 0.5) return 0.8 + 0.1 * precision;
  if (t.size >= 4 && t.size - common === 1 && precision >= 0.75) return 0.6 + 0.1 * precision;
  return 0;
}
