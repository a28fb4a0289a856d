import type { JSONContent } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { countWords } from "../words.ts";
import { BlockKeys } from "./blockKeys.ts";
import { type ChangeLog, deleteMark, flagBlock, insertMark, type MarkJSON } from "./changes.ts";
import { describeBlockChange } from "./describe.ts";
import { diffInline } from "./inline.ts";
import { pairBlocks } from "./pairing.ts";
import { align } from "./sequence.ts";

// Sibling lists are short (a brief has hundreds of blocks, not millions), so this only bites when
// a huge document is rewritten wholesale; that stretch is then shown as removed + added.
const MAX_BLOCK_EDITS = 2000;

/**
 * Merges two versions of a block tree. Children are aligned by exact identity first, so unchanged
 * blocks cost one comparison and are copied through; only the changed stretches are paired up and
 * diffed further (word by word for text blocks, recursively for lists, quotes and tables).
 */
export class BlockDiffer {
  private readonly keys = new BlockKeys();

  constructor(private readonly log: ChangeLog) {}

  /** The merged children of two versions of the same container. */
  children(before: PMNode, after: PMNode): JSONContent[] {
    const olds = childList(before);
    const news = childList(after);
    const out: JSONContent[] = [];
    const runs = align(
      olds.map((n) => this.keys.id(n)),
      news.map((n) => this.keys.id(n)),
      MAX_BLOCK_EDITS,
    );
    for (const run of runs) {
      if (run.same) {
        this.log.close();
        for (const node of news.slice(run.newFrom, run.newTo)) out.push(this.keys.json(node));
        continue;
      }
      const removed = olds.slice(run.oldFrom, run.oldTo);
      const added = news.slice(run.newFrom, run.newTo);
      for (const step of pairBlocks(removed, added, this.keys)) {
        if (step.kind === "pair") out.push(this.paired(step.before, step.after));
        else out.push(this.whole(step.node, step.kind));
      }
    }
    return out;
  }

  /** One block edited in place: the new type and attributes, with the content diffed. */
  private paired(before: PMNode, after: PMNode): JSONContent {
    // A modified block is its own place to look: changes inside it never merge with neighbours.
    this.log.close();
    const json: JSONContent = { type: after.type.name };
    if (Object.keys(after.attrs).length > 0) json.attrs = { ...after.attrs };
    const note = describeBlockChange(before, after);
    const flagged = note === null ? json : flagBlock(json, "format", this.log.current(), note);
    this.log.close();
    const content =
      before.isTextblock && after.isTextblock
        ? diffInline(before, after, this.log)
        : this.children(before, after);
    this.log.close();
    return content.length > 0 ? { ...flagged, content } : flagged;
  }

  /** A block that only one version has: flagged as a whole, with all its text marked too. */
  private whole(node: PMNode, kind: "insert" | "delete"): JSONContent {
    // Consecutive added/removed blocks are one region: a replaced paragraph is one change.
    const change = this.log.current();
    const words = countWords(node.textBetween(0, node.content.size, "\n", "\n"));
    if (kind === "insert") this.log.wordsAdded += words;
    else this.log.wordsRemoved += words;
    const mark = kind === "insert" ? insertMark(change) : deleteMark(change);
    return flagBlock(withMark(node, mark), kind, change);
  }
}

function childList(node: PMNode): PMNode[] {
  const children: PMNode[] = [];
  node.forEach((child) => {
    children.push(child);
  });
  return children;
}

/** `node` as JSON with `mark` added to every inline node inside it. */
function withMark(node: PMNode, mark: MarkJSON): JSONContent {
  if (node.isInline) {
    const json = node.toJSON() as JSONContent;
    return { ...json, marks: [...(json.marks ?? []), mark] };
  }
  const json: JSONContent = { type: node.type.name };
  if (Object.keys(node.attrs).length > 0) json.attrs = { ...node.attrs };
  if (node.childCount > 0) json.content = childList(node).map((child) => withMark(child, mark));
  return json;
}
