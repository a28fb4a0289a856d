import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { findTerms } from "./find-terms.ts";

export const searchHighlightKey = new PluginKey<DecorationSet>("dossierSearchHighlight");

/** The class on highlighted words (styled in globals.css), also how the page finds the first one. */
export const SEARCH_HIT_CLASS = "search-hit";

/**
 * The words a search matched, highlighted in the section's editor as decorations (never marks:
 * the document itself is untouched, nothing is saved). Found again on every change, so the
 * highlight follows typing; a section is small enough for that to be cheap.
 */
export function createSearchHighlightPlugin(terms: readonly string[]) {
  const decorate = (doc: Parameters<typeof findTerms>[0]) =>
    DecorationSet.create(
      doc,
      findTerms(doc, terms).map(({ from, to }) =>
        Decoration.inline(from, to, { nodeName: "mark", class: SEARCH_HIT_CLASS }),
      ),
    );
  return new Plugin<DecorationSet>({
    key: searchHighlightKey,
    state: {
      init: (_config, state) => decorate(state.doc),
      apply: (tr, old) => (tr.docChanged ? decorate(tr.doc) : old),
    },
    props: {
      decorations: (state) => searchHighlightKey.getState(state),
    },
  });
}
