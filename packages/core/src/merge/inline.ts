import { defined } from "../defined.ts";
import { pairSimilar } from "./align.ts";
import { clip } from "./conflicts.ts";
import type { Region, Span } from "./diff3.ts";
import { Interner, mergeSequence, type Versions } from "./sequence.ts";
import { type Token, tokenize, tokensText, untokenize } from "./tokens.ts";
import type { JSONContent } from "./types.ts";

export type InlineConflict = { region: Region; excerpt: { base: string; theirs: string; mine: string } };

// Tokens (words) of context shown around a conflicting stretch of text, each side.
const CONTEXT_TOKENS = 3;

/**
 * Word-level three-way merge of a text block's inline content. Returns the merged content, or
 * null after reporting every overlapping edit through `onConflict`.
 */
export function mergeInline(
  versions: Versions<JSONContent>,
  onConflict: (conflict: InlineConflict) => void,
): JSONContent[] | null {
  const interner = new Interner();
  const tokens = {
    base: tokenize(versions.base),
    theirs: tokenize(versions.theirs),
    mine: tokenize(versions.mine),
  };
  const key = (token: Token) => interner.id(token.key);
  let conflicted = false;
  const merged = mergeSequence(
    {
      items: tokens,
      keys: { base: tokens.base.map(key), theirs: tokens.theirs.map(key), mine: tokens.mine.map(key) },
    },
    {
      // A token is atomic: the same word changed differently on both sides is a conflict.
      canMergeInside: () => false,
      refine: (hunks, side) =>
        pairSimilar(hunks, (i, j) =>
          defined(tokens.base[i]).word === defined(tokens[side][j]).word ? 1 : 0,
        ),
      mergeInside: (base) => base,
      conflict: (region) => {
        conflicted = true;
        onConflict({
          region,
          excerpt: {
            base: excerpt(tokens.base, region.base),
            theirs: excerpt(tokens.theirs, region.theirs),
            mine: excerpt(tokens.mine, region.mine),
          },
        });
      },
    },
  );
  return conflicted ? null : untokenize(merged);
}

/** The conflicting text with a few words around it, so a one-word conflict is recognisable. */
function excerpt(tokens: readonly Token[], span: Span): string {
  const text = (from: number, to: number) => tokensText(tokens.slice(from, to));
  const from = Math.max(0, span.start - CONTEXT_TOKENS);
  const to = Math.min(tokens.length, span.end + CONTEXT_TOKENS);
  const before = `${from > 0 ? "…" : ""}${text(from, span.start)}`;
  const after = `${text(span.end, to)}${to < tokens.length ? "…" : ""}`;
  return clip(`${before}${text(span.start, span.end)}${after}`);
}
