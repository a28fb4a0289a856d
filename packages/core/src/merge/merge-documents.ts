/**
 * Three-way merge of section documents, so that saving on a stale base loses nobody's edits.
 *
 * MERGE POLICY
 * 1. Structure, not strings. The top-level blocks of base, theirs and mine are aligned with a
 *    diff3 over block identities (each block's normalised JSON; patience anchors, then Myers).
 *    A block inserted, deleted or changed by one side only is taken from that side; the same
 *    change made by both sides is taken once.
 * 2. An edited block is recognised as such, not as "deleted + inserted": within a changed
 *    stretch, blocks are paired with their originals by word similarity (≥ 50% of words shared).
 * 3. A block changed differently by both sides is merged inside when it has the same type in all
 *    three versions and both sides' edits there are one-for-one (nothing inserted or deleted
 *    around it that would shift the pairing):
 *    - text blocks (paragraph, heading, code block): a diff3 over word tokens (a word with its
 *      marks and the whitespace after it; a hard break is a token). Edits to different words
 *      survive; the same word changed differently (text or marks) is a conflict.
 *    - containers (lists, list items, blockquotes, tables, rows, cells): the same algorithm on
 *      their children, recursively.
 *    - attributes (heading level…) merge one by one; both sides setting one differently conflicts.
 *    Anything else (a type change, a rule, a block split in two) is a conflict for that stretch.
 * 4. Never pick an order silently. Two insertions at the same place conflict (unless identical),
 *    and so does an insertion next to or inside something the other side changed, or a change
 *    that may hide one (n blocks or words became m ≠ n) next to the other side's change.
 *    One-for-one edits of neighbouring blocks or words are independent and both survive, and so
 *    is a deletion next to an edit (it leaves nothing to order).
 * 5. Deleted vs changed is a conflict; deleted vs untouched is a deletion.
 * 6. The result must be valid: a merged block that fails the schema, or a table whose grid is
 *    none of the three versions' grids, is a conflict ("invalid-result"), and the final document
 *    passes validateDocument. A document whose blocks were all deleted becomes one empty
 *    paragraph, like a fresh section.
 * All conflicts are collected (not just the first) and nothing is merged when there is any: the
 * caller shows them to the analyst, who resolves them and saves again on the new base.
 */
import { validateDocument } from "@dossier/editor";
import { AppError } from "../errors.ts";
import { BlockMerger } from "./blocks.ts";
import { excerptOf } from "./conflicts.ts";
import type { JSONContent, MergeConflict, MergeResult } from "./types.ts";

/**
 * Merges `mine` (saved on `base`) with `theirs` (saved on `base` by someone else meanwhile).
 * Inputs must be valid documents (throws AppError BAD_REQUEST otherwise); a successful result is
 * normalised `Node.toJSON()` output that passes validateDocument.
 */
export function mergeDocuments(base: JSONContent, theirs: JSONContent, mine: JSONContent): MergeResult {
  const versions = {
    base: normalize(base, "base"),
    theirs: normalize(theirs, "theirs"),
    mine: normalize(mine, "mine"),
  };
  // Normalised JSON has one spelling per document, so string equality is document equality.
  const [baseKey, theirsKey, mineKey] = [versions.base, versions.theirs, versions.mine].map((d) =>
    JSON.stringify(d),
  );
  if (mineKey === baseKey || mineKey === theirsKey) return { ok: true, doc: versions.theirs };
  if (theirsKey === baseKey) return { ok: true, doc: versions.mine };

  const merger = new BlockMerger();
  const content = merger.mergeBlocks(
    {
      base: versions.base.content ?? [],
      theirs: versions.theirs.content ?? [],
      mine: versions.mine.content ?? [],
    },
    null,
  );
  if (merger.conflicts.length > 0) return { ok: false, conflicts: merger.conflicts };

  const checked = validateDocument({
    type: "doc",
    content: content.length > 0 ? content : [{ type: "paragraph" }],
  });
  if (!checked.ok) return { ok: false, conflicts: [wholeDocumentConflict(versions)] };
  return { ok: true, doc: checked.doc.toJSON() as JSONContent };
}

function normalize(json: JSONContent, label: string): JSONContent {
  const checked = validateDocument(json);
  if (!checked.ok)
    throw new AppError("BAD_REQUEST", `Cannot merge: the ${label} document is invalid. ${checked.error}`);
  return checked.doc.toJSON() as JSONContent;
}

/**
 * Every block merged cleanly yet the document fails validation (in practice: the two sides'
 * additions together exceed the size limit). Nothing narrower to point at than the whole thing.
 */
function wholeDocumentConflict(versions: {
  base: JSONContent;
  theirs: JSONContent;
  mine: JSONContent;
}): MergeConflict {
  const all = (doc: JSONContent) => ({ from: 0, to: doc.content?.length ?? 0 });
  return {
    reason: "invalid-result",
    base: all(versions.base),
    theirs: all(versions.theirs),
    mine: all(versions.mine),
    nested: false,
    excerpt: {
      base: excerptOf(versions.base.content ?? []),
      theirs: excerptOf(versions.theirs.content ?? []),
      mine: excerptOf(versions.mine.content ?? []),
    },
  };
}
