import type { SnippetSegment } from "@dossier/schema";

/**
 * ts_headline marks matches with these control characters, and the SQL replaces them with spaces
 * in the text first (see `HEADLINE_MARKERS` below), so a marker in the output is always ours:
 * user text can't forge a match, and no markup ever reaches a client.
 */
const START = "\u0002";
const STOP = "\u0003";
const FRAGMENT = "\u001f";

/** The characters the SQL blanks out of the text before calling ts_headline. */
export const HEADLINE_MARKERS = START + STOP + FRAGMENT;

/**
 * ts_headline options: up to two passages of 12–30 words around the matches. Fragments (rather
 * than one window) keep two distant matches in view. With no match in the text (a title-only
 * hit) it returns the text's first words.
 */
export const HEADLINE_OPTIONS = [
  `StartSel=${START}`,
  `StopSel=${STOP}`,
  `FragmentDelimiter=${FRAGMENT}`,
  "MaxFragments=2",
  "MaxWords=30",
  "MinWords=12",
].join(", ");

/** Turns ts_headline output into plain text segments, fragments joined by " … ". */
export function parseHeadline(headline: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  const fragments = headline
    .split(FRAGMENT)
    .map((fragment) => fragment.replace(/\s+/g, " ").trim())
    .filter((fragment) => fragment.replaceAll(START, "").replaceAll(STOP, "").trim() !== "");
  for (const [index, fragment] of fragments.entries()) {
    if (index > 0) segments.push({ text: " … ", match: false });
    const fragmentStart = segments.length;
    let match = false;
    let text = "";
    const flush = () => {
      if (!text) return;
      const last = segments.length > fragmentStart ? segments.at(-1) : undefined;
      if (last?.match === match) last.text += text;
      else segments.push({ text, match });
      text = "";
    };
    for (const char of fragment) {
      if (char === START || char === STOP) {
        flush();
        match = char === START;
      } else text += char;
    }
    flush();
  }
  return segments;
}

/** The distinct matched words of some snippets, lower-cased, in order of first appearance. */
export function matchedTerms(snippet: readonly SnippetSegment[]): string[] {
  const terms = new Set<string>();
  for (const segment of snippet) if (segment.match) terms.add(segment.text.trim().toLowerCase());
  terms.delete("");
  return [...terms];
}
