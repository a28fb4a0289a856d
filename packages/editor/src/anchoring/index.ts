export { createAnchor, resolveAnchor } from "./anchor.ts";
export { type AnchorText, anchorTextOf } from "./anchor-text.ts";
export { reanchor, reanchorAll } from "./reanchor.ts";
export {
  ANCHOR_CONTEXT_LENGTH,
  type Anchor,
  type AnchorRange,
  type ReanchorResult,
  type TextPositionSelector,
  type TextQuoteSelector,
} from "./types.ts";
