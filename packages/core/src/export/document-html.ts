import { isSafeHref, type JSONContent, LINK_REL } from "@dossier/editor";

/**
 * A stored document → HTML for the print view. Built from the document's nodes, never from any
 * markup in it: every text is escaped, only the schema's own elements are written, attributes are
 * whitelisted (numbers, an alignment keyword, link targets that pass the link policy), so nothing
 * an author typed can become live HTML.
 *
 * `headingOffset` moves the section's own headings below the section title (h2 in a section
 * printed under an h3 becomes h4; h6 at most).
 */
export function documentHtml(doc: JSONContent, headingOffset: number): string {
  return (doc.content ?? []).map((node) => block(node, headingOffset)).join("\n");
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function block(node: JSONContent, headingOffset: number): string {
  const children = (list = node.content ?? []) => list.map((child) => block(child, headingOffset)).join("");
  switch (node.type) {
    case "paragraph": {
      const html = inline(node.content ?? []);
      return html ? `<p>${html}</p>` : "";
    }
    case "heading": {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 2) + headingOffset));
      return `<h${level} class="content-heading">${inline(node.content ?? [])}</h${level}>`;
    }
    case "blockquote":
      return `<blockquote>${children()}</blockquote>`;
    case "bulletList":
      return `<ul>${children()}</ul>`;
    case "orderedList": {
      const start = Number(node.attrs?.start ?? 1);
      return `<ol${Number.isSafeInteger(start) && start !== 1 ? ` start="${start}"` : ""}>${children()}</ol>`;
    }
    case "listItem":
      return `<li>${children()}</li>`;
    case "codeBlock":
      return `<pre><code>${escapeHtml((node.content ?? []).map((t) => t.text ?? "").join(""))}</code></pre>`;
    case "horizontalRule":
      return "<hr>";
    case "table":
      return `<table><tbody>${children()}</tbody></table>`;
    case "tableRow":
      return `<tr>${children()}</tr>`;
    case "tableHeader":
    case "tableCell":
      return cell(node, children());
    default:
      return `<p>${escapeHtml(plainText(node))}</p>`;
  }
}

function cell(node: JSONContent, html: string): string {
  const tag = node.type === "tableHeader" ? "th" : "td";
  const attrs: string[] = [];
  for (const name of ["colspan", "rowspan"] as const) {
    const value = Number(node.attrs?.[name] ?? 1);
    if (Number.isSafeInteger(value) && value > 1) attrs.push(` ${name}="${value}"`);
  }
  const align = node.attrs?.align;
  if (align === "left" || align === "center" || align === "right") attrs.push(` style="text-align:${align}"`);
  return `<${tag}${attrs.join("")}>${html}</${tag}>`;
}

function inline(nodes: JSONContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === "hardBreak") return "<br>";
      if (node.type !== "text") return escapeHtml(plainText(node));
      let html = escapeHtml(node.text ?? "");
      // Innermost first, so a link wraps its bold text rather than splitting it.
      for (const mark of [...(node.marks ?? [])].reverse()) html = wrap(mark, html);
      return html;
    })
    .join("");
}

function wrap(mark: NonNullable<JSONContent["marks"]>[number], html: string): string {
  switch (mark.type) {
    case "bold":
      return `<strong>${html}</strong>`;
    case "italic":
      return `<em>${html}</em>`;
    case "code":
      return `<code>${html}</code>`;
    case "link": {
      const href = mark.attrs?.href;
      if (!isSafeHref(href)) return html;
      return `<a href="${escapeHtml(String(href))}" rel="${LINK_REL}">${html}</a>`;
    }
    default:
      return html;
  }
}

export function plainText(node: JSONContent): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(plainText).join(" ");
}
