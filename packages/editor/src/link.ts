import { mergeAttributes } from "@tiptap/core";
import { Link } from "@tiptap/extension-link";
import { isSafeHref } from "./href.ts";

/** Rendered on every link. Never stored: a document can't choose its own rel. */
export const LINK_REL = "noopener noreferrer nofollow";

/** A link title is a tooltip, not an essay. */
export const MAX_LINK_TITLE_LENGTH = 500;

/**
 * Tiptap's Link, reduced to what a document may say about a link: where it goes (`href`) and an
 * optional `title`. Tiptap's own mark also stores `class`, `target` and `rel` as free strings,
 * which let a crafted save lay an invisible full-page link over every reader's view
 * (`class="fixed inset-0 z-50"`) or reopen reverse tabnabbing (`rel="opener"`). Here those are
 * not attributes at all, so ProseMirror drops them when it reads stored JSON (old revisions load
 * and render clean) and the server never stores them; `rel` is fixed when rendering and links
 * open in the same tab (a new tab is the reader's choice).
 */
export const SafeLink = Link.extend({
  addAttributes() {
    return {
      href: {
        default: null,
        parseHTML: (element) => element.getAttribute("href"),
      },
      title: {
        default: null,
        parseHTML: (element) => element.getAttribute("title"),
      },
    };
  },

  renderHTML({ HTMLAttributes }) {
    const href = isSafeHref(HTMLAttributes.href) ? (HTMLAttributes.href as string) : "";
    const title = typeof HTMLAttributes.title === "string" ? HTMLAttributes.title : null;
    // Only these three, whatever HTMLAttributes carries (e.g. a global attribute someone adds).
    return ["a", mergeAttributes({ href, rel: LINK_REL }, title ? { title } : {}), 0];
  },
});
