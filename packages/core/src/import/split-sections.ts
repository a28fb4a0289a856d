import type { RootContent } from "mdast";
import { defined } from "../defined.ts";
import { type HeadingCandidate, type HeadingForm, headingCandidate } from "./headings.ts";
import { matchHeadings } from "./match-headings.ts";
import type { TemplateOutline } from "./template-outline.ts";

/** Where a run of the file's blocks came from, which decides where it lands. */
export type ChunkSource =
  | { kind: "section"; key: string; heading: { text: string; line: number; form: HeadingForm } }
  /** Under a heading that matched no section: lands after the nearest preceding matched one. */
  | { kind: "heading"; id: string; heading: string; after: string | null }
  /** Before the first heading (after the title). */
  | { kind: "preamble"; id: string }
  /** Directly under a section that only groups others ("1. Overview"): lands in its first leaf. */
  | {
      kind: "under-parent";
      id: string;
      key: string;
      heading: { text: string; line: number; form: HeadingForm };
    };

export type Chunk = {
  source: ChunkSource;
  nodes: RootContent[];
  /** Markdown depth of the heading the chunk sits under: a heading one deeper becomes h2. */
  baseLevel: number;
  line: number;
};

export type SplitFile = { title: { text: string; line: number } | null; chunks: Chunk[] };

/**
 * Cuts a parsed file's top-level blocks into chunks, one per matched section heading, unmatched
 * heading, or text before the first heading. A heading that matches nothing but sits deeper than
 * the section heading above it (`####` under `###`) is a heading *inside* that section and stays
 * in its chunk; anything else unmatched opens a chunk of its own, reported in the preview.
 */
export function splitSections(blocks: readonly RootContent[], outline: TemplateOutline): SplitFile {
  const candidates = blocks.map(headingCandidate);
  const matches = matchHeadings(candidates, outline);
  const titleIndex = findTitle(blocks, candidates, matches);
  const chunks: Chunk[] = [];
  let chunk: Chunk = { source: { kind: "preamble", id: "preamble" }, nodes: [], baseLevel: 1, line: 1 };
  // Depth of the heading we are under; null when it was a bold line (no depth to compare with).
  let level: number | null = 1;
  const levelByKey = new Map<string, number | null>();
  let lastMatched: string | null = null;
  // Rules next to a section heading (or the file's ends) separate sections; they are not text.
  // Elsewhere — say before a heading that matched nothing — a rule is the author's, and stays.
  const open = (next: Chunk, atSection: boolean) => {
    chunks.push(trimRules(chunk, atSection));
    chunk = next;
  };

  blocks.forEach((block, index) => {
    if (index === titleIndex) return;
    const candidate = candidates[index] ?? null;
    const key = matches.get(index);
    const line = block.position?.start.line ?? 0;
    if (candidate && key !== undefined) {
      const section = defined(outline.sections[outline.position(key)], "template section");
      const parentLevel = section.parentKey ? (levelByKey.get(section.parentKey) ?? null) : null;
      // A bold subsection under a `###` part is, in effect, one level deeper.
      level = candidate.level ?? (parentLevel === null ? null : parentLevel + 1);
      levelByKey.set(key, level);
      lastMatched = key;
      const heading = { text: candidate.text, line: candidate.line, form: candidate.form };
      const source: ChunkSource = section.isLeaf
        ? { kind: "section", key, heading }
        : { kind: "under-parent", id: `under-${key}`, key, heading };
      open({ source, nodes: candidate.rest ? [candidate.rest] : [], baseLevel: level ?? 1, line }, true);
      return;
    }
    const inside = candidate?.level != null && level !== null && candidate.level > level;
    if (candidate?.strong && !inside) {
      const id = `line-${candidate.line}`;
      const baseLevel = candidate.level !== null ? candidate.level - 1 : chunk.baseLevel;
      const source: ChunkSource = { kind: "heading", id, heading: candidate.text, after: lastMatched };
      open({ source, nodes: [block], baseLevel, line }, false);
      // A bold line has no depth: headings under it compare with the section's, as before it.
      if (candidate.level !== null) level = candidate.level;
      return;
    }
    chunk.nodes.push(block);
  });
  chunks.push(trimRules(chunk, true));

  const titleCandidate = titleIndex === null ? null : candidates[titleIndex];
  return {
    title: titleCandidate ? { text: titleCandidate.text, line: titleCandidate.line } : null,
    // Section chunks stay even when empty: they carry the heading the preview shows.
    chunks: chunks.filter(
      (c) => c.nodes.length > 0 || c.source.kind === "section" || c.source.kind === "under-parent",
    ),
  };
}

/**
 * The title is the file's first block when it is a `#` heading or a bold line that names no
 * section ("**Mali: Strategic U.S. Foreign Policy Analysis**").
 */
function findTitle(
  blocks: readonly RootContent[],
  candidates: (HeadingCandidate | null)[],
  matches: Map<number, string>,
): number | null {
  const index = blocks.findIndex((block) => block.type !== "thematicBreak");
  const candidate = index >= 0 ? candidates[index] : null;
  if (!candidate?.strong || matches.has(index) || candidate.rest) return null;
  return candidate.level === null || candidate.level === 1 ? index : null;
}

/** Drops rules after the chunk's opening heading, and at its end when a section heading follows. */
function trimRules(chunk: Chunk, trailing: boolean): Chunk {
  const nodes = [...chunk.nodes];
  if (chunk.source.kind !== "heading") while (nodes[0]?.type === "thematicBreak") nodes.shift();
  if (trailing) while (nodes[nodes.length - 1]?.type === "thematicBreak") nodes.pop();
  return { ...chunk, nodes };
}
