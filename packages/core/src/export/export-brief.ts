import type { ExportBriefInput, ExportFormat } from "@dossier/schema";
import type { Actor, DbClient } from "../actor.ts";
import { type ExportedBrief, loadExport } from "./load-export.ts";
import { renderPdf } from "./pdf.ts";
import { exportDate, printViewHtml, versionLabel } from "./print-view.ts";
import { briefToDocx } from "./to-docx.ts";
import { briefToMarkdown } from "./to-markdown.ts";

export type ExportedFile = {
  body: string | Uint8Array;
  contentType: string;
  /** ASCII only ([a-z0-9-.]), safe in a Content-Disposition header as it is. */
  fileName: string;
  /** Shown in the browser (the print view) rather than downloaded. */
  inline: boolean;
};

const FORMATS: Record<ExportFormat, { extension: string; contentType: string; inline: boolean }> = {
  markdown: { extension: "md", contentType: "text/markdown; charset=utf-8", inline: false },
  print: { extension: "html", contentType: "text/html; charset=utf-8", inline: true },
  pdf: { extension: "pdf", contentType: "application/pdf", inline: false },
  docx: {
    extension: "docx",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    inline: false,
  },
};

/**
 * A brief (or a named version of it) as a file: Markdown, the print view (HTML), PDF or Word.
 * Anyone who may read the brief may export it.
 */
export async function exportBrief(
  db: DbClient,
  actor: Actor,
  input: ExportBriefInput,
): Promise<ExportedFile> {
  const brief = await loadExport(db, actor, { briefId: input.briefId, versionId: input.versionId });
  const format = FORMATS[input.format];
  const file = (body: string | Uint8Array) => ({
    body,
    contentType: format.contentType,
    fileName: `${fileStem(brief)}.${format.extension}`,
    inline: format.inline,
  });
  switch (input.format) {
    case "markdown":
      return file(briefToMarkdown(brief));
    case "print": {
      const query = brief.version ? `?version=${encodeURIComponent(brief.version.id)}` : "";
      return file(printViewHtml(brief, { pdfHref: `pdf${query}` }));
    }
    case "pdf": {
      const html = printViewHtml(brief, { forPdf: true });
      return file(
        await renderPdf(html, {
          header: `${brief.country} — ${versionLabel(brief)}`,
          footer: `${brief.title} · ${exportDate(brief)}`,
        }),
      );
    }
    case "docx":
      return file(await briefToDocx(brief));
  }
}

/** "Côte d'Ivoire", version "v2 — to the Deputy" → "cote-d-ivoire-brief-v2-to-the-deputy". */
export function fileStem(brief: Pick<ExportedBrief, "country" | "version">): string {
  const slug = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60);
  const country = slug(brief.country) || "country";
  const version = brief.version ? slug(brief.version.name) : "";
  return `${country}-brief${version ? `-${version}` : ""}`;
}
