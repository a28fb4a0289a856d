"use client";

import type { ExportFormat } from "@dossier/schema";
import { useCallback, useEffect, useRef, useState } from "react";
import { type DownloadProgress, downloadExport, ExportFailed } from "../lib/download.ts";
import { exportUrl } from "../lib/export-files.ts";

export type ExportState =
  | { status: "idle" }
  | { status: "working"; format: ExportFormat; progress: DownloadProgress | null }
  | { status: "done"; fileName: string }
  | { status: "failed"; format: ExportFormat; message: string };

const FALLBACK_EXTENSION: Record<ExportFormat, string> = {
  markdown: "md",
  docx: "docx",
  pdf: "pdf",
  print: "html",
};

/**
 * One export at a time: fetching (the server builds the file — a PDF takes seconds), then
 * receiving it (`progress`), then the browser's download. `cancel` stops it; leaving the page too.
 */
export function useExportDownload(briefId: string, versionId?: string | null) {
  const [state, setState] = useState<ExportState>({ status: "idle" });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (format: ExportFormat) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setState({ status: "working", format, progress: null });
      try {
        const fileName = await downloadExport(
          exportUrl(briefId, format, versionId),
          `brief.${FALLBACK_EXTENSION[format]}`,
          (progress) => {
            if (!abort.signal.aborted) setState({ status: "working", format, progress });
          },
          abort.signal,
        );
        if (!abort.signal.aborted) setState({ status: "done", fileName });
      } catch (error) {
        if (abort.signal.aborted) return;
        const message = error instanceof ExportFailed ? error.message : "The export failed. Try again.";
        setState({ status: "failed", format, message });
      }
    },
    [briefId, versionId],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState({ status: "idle" });
  }, []);
  const dismiss = useCallback(() => setState({ status: "idle" }), []);

  return { state, start, cancel, dismiss };
}
