import { documentHtml, escapeHtml } from "./document-html.ts";
import type { ExportedBrief, ExportedSection } from "./load-export.ts";
import { numberedTitle } from "./numbering.ts";
import { printCss } from "./print-css.ts";

export type PrintViewOptions = {
  /**
   * For the PDF renderer: page numbers come from its header and footer templates, so the CSS
   * page-margin boxes (which a browser's own Print uses) are left out.
   */
  forPdf?: boolean;
  /** Shown on screen only, above the title page: where to download the PDF. */
  pdfHref?: string;
};

const DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

export const exportDate = (brief: ExportedBrief) => DATE.format(brief.version?.createdAt ?? brief.exportedAt);
export const versionLabel = (brief: ExportedBrief) => brief.version?.name ?? "Current draft";

/**
 * The brief as one printable HTML page: a title page (country, version, date), a table of
 * contents, then every section under its numbered heading. Self-contained (inline CSS, no
 * scripts, no external resources), so it prints the same from a browser and from the PDF renderer.
 */
export function printViewHtml(brief: ExportedBrief, options: PrintViewOptions = {}): string {
  const subtitle = brief.title.startsWith(`${brief.country}: `)
    ? brief.title.slice(brief.country.length + 2)
    : brief.title;
  const bar = options.pdfHref
    ? `<div class="screen-bar">Print view — use your browser's Print to print it, or <a href="${escapeHtml(options.pdfHref)}">download the PDF</a>.</div>`
    : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(brief.title)} — ${escapeHtml(versionLabel(brief))}</title>
<style>${printCss({ pageNumbers: !options.forPdf })}</style>
</head>
<body>
${bar}
<header class="title-page">
<p class="kicker">Country strategy brief</p>
<h1>${escapeHtml(brief.country)}</h1>
<p class="subtitle">${escapeHtml(subtitle)}</p>
<dl class="meta">
<dt>Version</dt><dd>${escapeHtml(versionLabel(brief))}</dd>
<dt>Date</dt><dd>${escapeHtml(exportDate(brief))}</dd>
</dl>
</header>
${tableOfContents(brief.sections)}
<main>
${brief.sections.map(sectionHtml).join("\n")}
</main>
</body>
</html>
`;
}

function tableOfContents(sections: ExportedSection[]): string {
  let html = "";
  let depth = 0;
  for (const section of sections) {
    if (section.depth > depth) html += "<ol>".repeat(section.depth - depth);
    else html += `</li>${"</ol></li>".repeat(depth - section.depth)}`;
    depth = section.depth;
    const empty = section.isLeaf && !section.content;
    html += `<li${empty ? ' class="empty"' : ""}><a href="#${anchor(section)}">${escapeHtml(numberedTitle(section))}</a>`;
  }
  html += "</li></ol>".repeat(depth);
  return `<nav class="toc" aria-label="Contents"><h2>Contents</h2>${html}</nav>`;
}

function sectionHtml(section: ExportedSection): string {
  const level = Math.min(6, section.depth + 1);
  const heading = `<h${level} class="section-title">${escapeHtml(numberedTitle(section))}</h${level}>`;
  const body = !section.isLeaf
    ? ""
    : section.content
      ? documentHtml(section.content, section.depth)
      : '<p class="not-written">Not written.</p>';
  return `<section id="${anchor(section)}" class="depth-${section.depth}">${heading}${body}</section>`;
}

/** Template keys are kebab-case; anything else is dropped rather than trusted in an attribute. */
const anchor = (section: ExportedSection) => `s-${section.key.replace(/[^a-z0-9-]/g, "")}`;
