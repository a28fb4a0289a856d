import { type Anchor, resolveAnchor } from "@dossier/editor";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { ReplaceStep } from "@tiptap/pm/transform";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import {
  type HighlightThread,
  highlightSpecs,
  pickThread,
  resolveThreadRanges,
  type ThreadRange,
} from "./comments-highlights.ts";

/**
 * Comment highlights as decorations — never marks: the stored document knows nothing of
 * comments. The plugin keeps each thread's range, maps it through edits (so highlights follow
 * unsaved typing), and finds the threads again from their anchors when the whole document is
 * replaced (someone else's revision arriving, a merge, a restored draft).
 */

type Pending = { anchor: Anchor; from: number; to: number };

export type CommentsPluginState = {
  threads: readonly HighlightThread[];
  ranges: ThreadRange[];
  pending: Pending | null;
  active: string | null;
  hover: string | null;
  decorations: DecorationSet;
};

export type CommentsMeta = {
  threads?: readonly HighlightThread[];
  pending?: Pending | null;
  active?: string | null;
  hover?: string | null;
};

export const commentsPluginKey = new PluginKey<CommentsPluginState>("dossierComments");

function decorate(doc: PMNode, state: Omit<CommentsPluginState, "decorations">): DecorationSet {
  const specs = highlightSpecs(state.ranges, {
    active: state.active,
    hover: state.hover,
    pending: state.pending,
  });
  return DecorationSet.create(
    doc,
    specs.map((spec) =>
      Decoration.inline(
        spec.from,
        spec.to,
        // nodeName: each highlight is its own element, so overlapping threads nest visibly.
        spec.threadId
          ? { nodeName: "span", class: spec.className, "data-thread-id": spec.threadId }
          : { nodeName: "span", class: spec.className },
        { threadId: spec.threadId },
      ),
    ),
  );
}

/** True when a step replaced the whole document (setContent) rather than editing inside it. */
function replacesWholeDoc(tr: Transaction): boolean {
  return tr.steps.some((step, i) => {
    if (!(step instanceof ReplaceStep)) return false;
    const before = tr.docs[i];
    const { from, to } = step as unknown as { from: number; to: number };
    return before !== undefined && from === 0 && to === before.content.size && to > 0;
  });
}

function resolvePending(doc: PMNode, pending: Pending): Pending | null {
  try {
    const range = resolveAnchor(doc, pending.anchor);
    return range && range.to > range.from ? { ...pending, ...range } : null;
  } catch {
    return null;
  }
}

export function createCommentsPlugin(options: {
  /** A click landed on highlighted words: open that thread. */
  onActivate: (threadId: string) => void;
}): Plugin<CommentsPluginState> {
  return new Plugin<CommentsPluginState>({
    key: commentsPluginKey,
    state: {
      init: (_config, state) => ({
        threads: [],
        ranges: [],
        pending: null,
        active: null,
        hover: null,
        decorations: DecorationSet.create(state.doc, []),
      }),
      apply(tr, prev, _oldState, newState) {
        const meta = tr.getMeta(commentsPluginKey) as CommentsMeta | undefined;
        if (!tr.docChanged && !meta) return prev;
        let next = { ...prev };
        if (tr.docChanged) {
          if (replacesWholeDoc(tr)) {
            next.ranges = resolveThreadRanges(newState.doc, prev.threads);
            next.pending = prev.pending ? resolvePending(newState.doc, prev.pending) : null;
          } else {
            next.ranges = prev.ranges
              .map((r) => ({ ...r, from: tr.mapping.map(r.from, 1), to: tr.mapping.map(r.to, -1) }))
              .filter((r) => r.to > r.from);
            if (prev.pending) {
              const from = tr.mapping.map(prev.pending.from, 1);
              const to = tr.mapping.map(prev.pending.to, -1);
              next.pending = to > from ? { ...prev.pending, from, to } : null;
            }
          }
        }
        if (meta) {
          if (meta.threads) {
            next = {
              ...next,
              threads: meta.threads,
              ranges: resolveThreadRanges(newState.doc, meta.threads),
            };
          }
          if (meta.pending !== undefined) next.pending = meta.pending;
          if (meta.active !== undefined) next.active = meta.active;
          if (meta.hover !== undefined) next.hover = meta.hover;
        }
        return { ...next, decorations: decorate(newState.doc, next) };
      },
    },
    props: {
      decorations: (state) => commentsPluginKey.getState(state)?.decorations,
      handleClick(view, _pos, event) {
        const state = commentsPluginKey.getState(view.state);
        if (!state) return false;
        // The highlights under the pointer, innermost first (overlapping threads nest).
        const ids: string[] = [];
        for (
          let el = event.target instanceof Element ? event.target : null;
          el && el !== view.dom;
          el = el.parentElement
        ) {
          const id = el.getAttribute("data-thread-id");
          if (id) ids.push(id);
        }
        const id = pickThread(ids, state.active);
        if (id) options.onActivate(id);
        return false; // the click still places the cursor
      },
    },
  });
}
