import { type Extensions, getSchema } from "@tiptap/core";
import { TableKit } from "@tiptap/extension-table";
import { StarterKit } from "@tiptap/starter-kit";
import { isSafeHref } from "./href.ts";
import { SafeLink } from "./link.ts";

export { LINK_REL } from "./link.ts";

/** Level 1 is the brief's own title, so sections start at h2. */
export const HEADING_LEVELS = [2, 3, 4] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/**
 * The document schema as Tiptap extensions. The browser editor and the server validator both build
 * from this list, so whatever the editor can produce the server accepts, and nothing else.
 * Nothing here touches the DOM at import time (checked by the tests running in Node).
 *
 * A fresh array each call, so an editor can append its own UI-only extensions (placeholder, …).
 * Never add node or mark types there: the server would reject what they produce.
 */
export function createDocumentExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [...HEADING_LEVELS] },
      // Our own link mark (href + title only, rel fixed when rendering): see link.ts.
      link: false,
      // Not in our toolbar or renderers; StarterKit 3 adds both by default (Ctrl+U, ~~x~~).
      underline: false,
      strike: false,
    }),
    SafeLink.configure({
      openOnClick: false,
      autolink: true,
      // Bare "example.org" typed by an analyst becomes https://, not http://.
      defaultProtocol: "https",
      // Link's `protocols` option only *adds* schemes for linkify; the default allow-list also
      // admits ftp, tel, sms, xmpp… Our own check replaces it so the editor matches the server.
      isAllowedUri: (url) => isSafeHref(url),
    }),
    // Column resizing stores pixel widths in the document; the brief layout owns widths.
    TableKit.configure({ table: { resizable: false } }),
  ];
}

export const documentExtensions: Extensions = createDocumentExtensions();

export const documentSchema = getSchema(documentExtensions);
