import { documentSchema } from "@dossier/editor";
import { defined } from "../defined.ts";
import { pairSimilar } from "./align.ts";
import { excerptOf, reasonOf } from "./conflicts.ts";
import type { Region } from "./diff3.ts";
import { type InlineConflict, mergeInline } from "./inline.ts";
import { Interner, mergeSequence, type Versions } from "./sequence.ts";
import { similarity } from "./similarity.ts";
import type { BlockRange, ConflictReason, JSONContent, MergeConflict } from "./types.ts";

/** Index of the enclosing top-level block in each version; null while merging the top level itself. */
type Top = { base: number; theirs: number; mine: number } | null;

/**
 * Merges lists of blocks, recursing into blocks both sides changed, and collects every conflict.
 * Inputs must be normalised (`Node.toJSON()` output): keys are the blocks' JSON strings, and only
 * normalised JSON has one spelling per document (key order, default attributes, joined text).
 */
export class BlockMerger {
  readonly conflicts: MergeConflict[] = [];
  readonly #interner = new Interner();

  mergeBlocks(versions: Versions<JSONContent>, top: Top): JSONContent[] {
    const key = (node: JSONContent) => this.#interner.id(JSON.stringify(node));
    const keys = {
      base: versions.base.map(key),
      theirs: versions.theirs.map(key),
      mine: versions.mine.map(key),
    };
    return mergeSequence(
      { items: versions, keys },
      {
        canMergeInside,
        refine: (hunks, side) =>
          pairSimilar(hunks, (i, j) => similarity(defined(versions.base[i]), defined(versions[side][j]))),
        mergeInside: (base, theirs, mine, at) => this.#mergeNode({ base, theirs, mine }, top ?? at),
        conflict: (region) =>
          this.#record(reasonOf(region), region, top, {
            base: excerptOf(versions.base.slice(region.base.start, region.base.end)),
            theirs: excerptOf(versions.theirs.slice(region.theirs.start, region.theirs.end)),
            mine: excerptOf(versions.mine.slice(region.mine.start, region.mine.end)),
          }),
      },
    );
  }

  /** One block changed differently by both sides, all three of the same type (see canMergeInside). */
  #mergeNode(versions: { base: JSONContent; theirs: JSONContent; mine: JSONContent }, top: NonNullable<Top>) {
    const { base, theirs, mine } = versions;
    const before = this.conflicts.length;
    const whole = { base: excerptOf([base]), theirs: excerptOf([theirs]), mine: excerptOf([mine]) };
    const attrs = mergeAttrs(base.attrs, theirs.attrs, mine.attrs);
    if (attrs === null) this.#record("both-changed", null, top, whole);
    const children = {
      base: base.content ?? [],
      theirs: theirs.content ?? [],
      mine: mine.content ?? [],
    };
    const content = isTextblock(base)
      ? (mergeInline(children, (conflict) => this.#recordInline(conflict, top)) ?? children.base)
      : this.mergeBlocks(children, top);
    const merged: JSONContent = {
      type: base.type,
      ...(attrs ? { attrs } : {}),
      ...(content.length > 0 ? { content } : {}),
    };
    // Each side's edit was valid alone; together they may not be (a list item left without its
    // paragraph, a table with one new row and one new column). Only worth checking if merged.
    if (this.conflicts.length === before && !isValidMerge(merged, [base, theirs, mine])) {
      this.#record("invalid-result", null, top, whole);
    }
    return merged;
  }

  #recordInline({ region, excerpt }: InlineConflict, top: NonNullable<Top>) {
    this.#record(reasonOf(region), region, top, excerpt);
  }

  #record(reason: ConflictReason, region: Region | null, top: Top, excerpt: MergeConflict["excerpt"]) {
    const range = (side: keyof NonNullable<Top>): BlockRange => {
      if (top) return { from: top[side], to: top[side] + 1 };
      const span = defined(region, "conflict region")[side];
      return { from: span.start, to: span.end };
    };
    this.conflicts.push({
      reason,
      base: range("base"),
      theirs: range("theirs"),
      mine: range("mine"),
      nested: top !== null,
      excerpt,
    });
  }
}

function nodeType(node: JSONContent) {
  return node.type === undefined ? undefined : documentSchema.nodes[node.type];
}

function isTextblock(node: JSONContent): boolean {
  return nodeType(node)?.isTextblock ?? false;
}

/** Same type everywhere, and a type with content to merge (not a rule or an image-like leaf). */
function canMergeInside(base: JSONContent, theirs: JSONContent, mine: JSONContent): boolean {
  const type = nodeType(base);
  return type !== undefined && !type.isLeaf && theirs.type === base.type && mine.type === base.type;
}

/** Attribute-wise three-way merge; null when both sides set one attribute to different values. */
function mergeAttrs(
  base: Record<string, unknown> | undefined,
  theirs: Record<string, unknown> | undefined,
  mine: Record<string, unknown> | undefined,
): Record<string, unknown> | null | undefined {
  if (!base && !theirs && !mine) return undefined;
  const merged: Record<string, unknown> = {};
  const names = new Set([
    ...Object.keys(base ?? {}),
    ...Object.keys(theirs ?? {}),
    ...Object.keys(mine ?? {}),
  ]);
  for (const name of names) {
    const [b, t, m] = [base?.[name], theirs?.[name], mine?.[name]];
    const [bKey, tKey, mKey] = [b, t, m].map((value) => JSON.stringify(value));
    if (tKey === bKey || tKey === mKey) merged[name] = m;
    else if (mKey === bKey) merged[name] = t;
    else return null;
  }
  return merged;
}

function isValidMerge(node: JSONContent, versions: JSONContent[]): boolean {
  try {
    documentSchema.nodeFromJSON(node).check();
  } catch {
    return false;
  }
  // The schema accepts ragged tables; we require the merged grid to be one the analysts made.
  return node.type !== "table" || versions.some((version) => tableShape(version) === tableShape(node));
}

function tableShape(table: JSONContent): string {
  return JSON.stringify(
    (table.content ?? []).map((row) =>
      (row.content ?? []).map((cell) => `${cell.attrs?.colspan ?? 1}x${cell.attrs?.rowspan ?? 1}`),
    ),
  );
}
