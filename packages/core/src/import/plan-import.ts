import { countWords, documentToPlainText, type JSONContent } from "@dossier/editor";
import { MdastConverter, parseMarkdown, toDocument } from "@dossier/editor/markdown";
import { AppError } from "../errors.ts";
import type { HeadingForm } from "./headings.ts";
import { type Chunk, splitSections } from "./split-sections.ts";
import { type OutlineSection, templateOutline } from "./template-outline.ts";

/** Unmatched piece id → the leaf section key the person chose for it. */
export type ImportOverrides = Record<string, string>;

export type PlannedSection = {
  key: string;
  title: string;
  parentKey: string | null;
  depth: number;
  isLeaf: boolean;
  /** The file's heading that opened this section, if one did. */
  heading: { text: string; line: number; form: HeadingForm } | null;
  /** Leaves only: what will be saved as revision 1; null when the section stays empty. */
  document: JSONContent | null;
  words: number;
  /** Ids of unmatched pieces that land in this section (besides its own text). */
  receives: string[];
};

export type UnmatchedText = {
  /** Stable for the same file: `line-<n>`, `preamble`, `under-<section key>`. */
  id: string;
  kind: "heading" | "preamble" | "under-parent";
  /** The heading as written (for `under-parent`, the parent's heading). */
  heading: string | null;
  line: number;
  words: number;
  excerpt: string;
  defaultTarget: string;
  target: string;
};

export type ImportPlan = {
  title: string | null;
  country: string | null;
  sections: PlannedSection[];
  unmatched: UnmatchedText[];
};

const EXCERPT_LENGTH = 160;

/**
 * Reads a brief written in Markdown against a template: which text lands in which leaf section,
 * and what matched no section and where it goes instead. Pure: the preview and the import run
 * the same plan, so what the person saw is exactly what gets saved. Nothing is dropped: text with
 * no section of its own goes to a section (the nearest one before it unless overridden), and is
 * listed in `unmatched` so the person sees where.
 */
export function planImport(
  markdown: string,
  template: readonly OutlineSection[],
  overrides: ImportOverrides = {},
): ImportPlan {
  const outline = templateOutline(template);
  const root = parseMarkdown(markdown);
  const converter = new MdastConverter(root);
  const { title, chunks } = splitSections(root.children, outline);

  const pieces = chunks.map((chunk) => ({
    chunk,
    blocks: converter.blocks(chunk.nodes, (depth) => depth - chunk.baseLevel + 1),
  }));
  const unmatched = pieces.flatMap(({ chunk, blocks }) => {
    const defaultTarget = defaultTargetOf(chunk, outline);
    if (defaultTarget === null || chunk.nodes.length === 0) return [];
    const text = documentToPlainText(toDocument(blocks));
    const { source } = chunk;
    return [
      {
        id: "id" in source ? source.id : "",
        kind: source.kind as UnmatchedText["kind"],
        heading:
          source.kind === "heading"
            ? source.heading
            : source.kind === "under-parent"
              ? source.heading.text
              : null,
        line: chunk.line,
        words: countWords(text),
        excerpt: excerptOf(text),
        defaultTarget,
        target: defaultTarget,
      },
    ];
  });
  applyOverrides(unmatched, overrides, outline);
  const targetOf = new Map(unmatched.map((u) => [u.id, u.target]));

  const blocksByKey = new Map<string, JSONContent[]>();
  const receivedBy = new Map<string, string[]>();
  for (const { chunk, blocks } of pieces) {
    const { source } = chunk;
    const key = source.kind === "section" ? source.key : targetOf.get(source.id);
    if (key === undefined) continue;
    blocksByKey.set(key, [...(blocksByKey.get(key) ?? []), ...blocks]);
    if (source.kind !== "section") receivedBy.set(key, [...(receivedBy.get(key) ?? []), source.id]);
  }
  const headings = new Map(
    chunks.flatMap(({ source }) =>
      source.kind === "section" || source.kind === "under-parent"
        ? [[source.key, source.heading] as const]
        : [],
    ),
  );

  const sections = outline.sections.map((s): PlannedSection => {
    const blocks = blocksByKey.get(s.key) ?? [];
    const document = s.isLeaf && blocks.length > 0 ? toDocument(blocks) : null;
    const words = document ? countWords(documentToPlainText(document)) : 0;
    return {
      key: s.key,
      title: s.title,
      parentKey: s.parentKey,
      depth: s.depth,
      isLeaf: s.isLeaf,
      heading: headings.get(s.key) ?? null,
      document: document && hasContent(document) ? document : null,
      words,
      receives: receivedBy.get(s.key) ?? [],
    };
  });
  return { ...titleAndCountry(title?.text ?? null), sections, unmatched };
}

/** Anything but empty paragraphs (which Markdown can't even write) is content, words or not. */
function hasContent(document: JSONContent): boolean {
  return (document.content ?? []).some(
    (block) => block.type !== "paragraph" || (block.content?.length ?? 0) > 0,
  );
}

function defaultTargetOf(chunk: Chunk, outline: ReturnType<typeof templateOutline>): string | null {
  const { source } = chunk;
  switch (source.kind) {
    case "section":
      return null;
    case "under-parent":
      return outline.leafFor(source.key);
    case "heading":
      return source.after === null ? outline.firstLeaf : outline.leafFor(source.after);
    case "preamble":
      return outline.firstLeaf;
  }
}

function applyOverrides(
  unmatched: UnmatchedText[],
  overrides: ImportOverrides,
  outline: ReturnType<typeof templateOutline>,
): void {
  const byId = new Map(unmatched.map((u) => [u.id, u]));
  const keys = new Set(outline.sections.map((s) => s.key));
  for (const [id, key] of Object.entries(overrides)) {
    const piece = byId.get(id);
    if (!piece)
      throw new AppError("BAD_REQUEST", `This file has no unmatched text "${id}"; preview it again`);
    if (!keys.has(key)) throw new AppError("BAD_REQUEST", `Unknown section "${key}"`);
    if (!outline.isLeaf(key)) {
      throw new AppError("BAD_REQUEST", "Choose a section that holds text, not one that only groups others");
    }
    piece.target = key;
  }
}

/** "Mali: Strategic U.S. Foreign Policy Analysis" → country "Mali". */
function titleAndCountry(title: string | null): { title: string | null; country: string | null } {
  if (!title) return { title: null, country: null };
  const country = /^([^:]{2,80}):\s*\S/.exec(title)?.[1]?.trim() ?? null;
  return { title, country: country && country.split(/\s+/).length <= 5 ? country : null };
}

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}
