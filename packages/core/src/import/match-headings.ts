import { defined } from "../defined.ts";
import type { HeadingCandidate } from "./headings.ts";
import { titleScore, titleWords } from "./match-title.ts";
import type { TemplateOutline } from "./template-outline.ts";

/**
 * Which heading candidates open which template sections: block index → section key.
 *
 * Pass 1 takes the heading lines (`###`, bold lines) in file order. A section is matched once;
 * among equally good titles the one nearest after the previous match wins, so the two "How Can
 * This Country Help…" sections are told apart by position: the summary near the top, the other
 * under "4. Policy Goals". Sections may come in any order.
 *
 * Pass 2 takes the weak candidates (a bold lead-in with text on the same line, a numbered line):
 * each may only fill a section left unmatched whose template position fits between the matches
 * around it. A paragraph in Crises opening "**Economic Strategies:** …" is then not mistaken for
 * that section when the file has its own heading for it further down.
 */
export function matchHeadings(
  candidates: (HeadingCandidate | null)[],
  outline: TemplateOutline,
): Map<number, string> {
  const words = new Map(outline.sections.map((s) => [s.key, titleWords(s.title)]));
  const used = new Set<string>();
  const matches = new Map<number, string>();
  const headingWords = candidates.map((candidate) => (candidate ? titleWords(candidate.text) : []));
  const score = (index: number, key: string) => titleScore(headingWords[index] ?? [], words.get(key) ?? []);

  let cursor = -1;
  candidates.forEach((candidate, index) => {
    if (!candidate?.strong) return;
    const key = bestMatch(outline, (s) => (used.has(s.key) ? 0 : score(index, s.key)), cursor);
    if (key === null) return;
    matches.set(index, key);
    used.add(key);
    cursor = outline.position(key);
  });

  // For each block, the template position of the next heading line matched after it.
  const nextStrong: number[] = new Array(candidates.length);
  let next = Number.POSITIVE_INFINITY;
  for (let index = candidates.length - 1; index >= 0; index--) {
    nextStrong[index] = next;
    const key = matches.get(index);
    if (key !== undefined) next = outline.position(key);
  }
  let previous = -1;
  candidates.forEach((candidate, index) => {
    const matched = matches.get(index);
    if (matched !== undefined) previous = outline.position(matched);
    if (!candidate || candidate.strong) return;
    const high = defined(nextStrong[index], "next strong heading");
    const low = previous;
    const fits = (position: number) => position > low && position < high;
    const key = bestMatch(
      outline,
      (s) => (used.has(s.key) || !fits(s.position) ? 0 : score(index, s.key)),
      low,
    );
    if (key === null) return;
    matches.set(index, key);
    used.add(key);
    previous = outline.position(key);
  });
  return matches;
}

/** The best-scoring section; ties go to the nearest after `cursor`, else the nearest before. */
function bestMatch(
  outline: TemplateOutline,
  scoreOf: (section: { key: string; position: number }) => number,
  cursor: number,
): string | null {
  let best: { key: string; score: number; rank: number } | null = null;
  for (const section of outline.sections) {
    const score = scoreOf(section);
    if (score <= 0) continue;
    const distance = section.position - cursor;
    // Forward sections rank by distance; backward ones after all forward ones.
    const rank = distance > 0 ? distance : outline.sections.length - distance;
    if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && rank < best.rank)) {
      best = { key: section.key, score, rank };
    }
  }
  return best?.key ?? null;
}
