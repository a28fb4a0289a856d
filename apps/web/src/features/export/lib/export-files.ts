import type { ExportFormat } from "@dossier/schema";

/** The formats offered, in menu order; `print` opens in a tab instead of downloading. */
export const EXPORT_FORMATS: readonly { format: ExportFormat; label: string; hint: string }[] = [
  { format: "docx", label: "Word (.docx)", hint: "To edit or send on" },
  { format: "pdf", label: "PDF", hint: "Ready to print or share" },
  { format: "markdown", label: "Markdown (.md)", hint: "Plain text; imports back" },
  { format: "print", label: "Print view", hint: "Opens in a new tab" },
];

/** GET route of an export: the brief now, or a named version of it. */
export function exportUrl(briefId: string, format: ExportFormat, versionId?: string | null): string {
  const path = `/api/briefs/${encodeURIComponent(briefId)}/export/${format}`;
  return versionId ? `${path}?${new URLSearchParams({ version: versionId })}` : path;
}

/** The file name from a `Content-Disposition` header (the server sends a plain ASCII one). */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const match = disposition?.match(/filename="([^"]+)"/);
  return match?.[1] ?? fallback;
}

/** "240 KB", "1.2 MB": how much has arrived. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
