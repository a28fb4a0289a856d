import type { RouterOutputs } from "@/lib/api-types.ts";

export type ImportPreview = RouterOutputs["briefs"]["importPreview"];
export type PlannedSection = ImportPreview["sections"][number];
export type UnmatchedText = ImportPreview["unmatched"][number];

/** How an unmatched piece is named in the preview. */
export function describeUnmatched(piece: UnmatchedText): string {
  if (piece.kind === "preamble") return "Text before the first section heading";
  if (piece.kind === "under-parent") return `Text directly under “${piece.heading ?? "a part"}”`;
  return `“${piece.heading ?? "Untitled heading"}”`;
}

/** The leaf sections a piece can be sent to, each named with its part ("Crises — 3. Risks"). */
export function leafChoices(sections: readonly PlannedSection[]): { key: string; label: string }[] {
  const byKey = new Map(sections.map((s) => [s.key, s]));
  return sections
    .filter((s) => s.isLeaf)
    .map((s) => {
      const parent = s.parentKey ? byKey.get(s.parentKey) : undefined;
      return { key: s.key, label: parent ? `${s.title} — ${parent.title}` : s.title };
    });
}

/** Reads a chosen file as text, refusing what is clearly not a Markdown brief. */
export async function readMarkdownFile(file: File, maxCharacters: number): Promise<string> {
  if (file.size > maxCharacters * 4) throw new Error("The file is too large to be a brief.");
  const text = await file.text();
  if (text.includes("\u0000")) throw new Error("This looks like a binary file, not Markdown text.");
  if (text.trim() === "") throw new Error("The file is empty.");
  return text;
}
