"use client";

import type { ExportFormat } from "@dossier/schema";
import { Download, ExternalLink, FileText, Loader2, X } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu.tsx";
import { cn } from "@/lib/utils.ts";
import { type ExportState, useExportDownload } from "../hooks/use-export-download.ts";
import { EXPORT_FORMATS, exportUrl, formatBytes } from "../lib/export-files.ts";

const LABEL: Record<ExportFormat, string> = {
  docx: "Word",
  pdf: "PDF",
  markdown: "Markdown",
  print: "Print view",
};

/**
 * "Export" → Word, PDF, Markdown or the print view of the brief (or of a named version,
 * `versionId`). Downloads show their progress under the button, and say clearly when they fail.
 */
export function ExportMenu({
  briefId,
  versionId,
  className,
}: {
  briefId: string;
  versionId?: string | null;
  className?: string;
}) {
  const { state, start, cancel, dismiss } = useExportDownload(briefId, versionId);
  const working = state.status === "working";
  return (
    <div className={cn("relative", className)}>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="secondary" size="sm" aria-busy={working || undefined}>
            {working ? <Loader2 aria-hidden className="animate-spin" /> : <Download aria-hidden />}
            Export
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent className="w-60">
          <DropdownMenuLabel className="text-xs font-medium text-neutral-500">
            {versionId ? "Export this version as" : "Export the brief as"}
          </DropdownMenuLabel>
          {EXPORT_FORMATS.map(({ format, label, hint }) =>
            format === "print" ? (
              <div key={format}>
                <DropdownMenuSeparator />
                <DropdownMenuItem asChild>
                  <a href={exportUrl(briefId, format, versionId)} target="_blank" rel="noopener">
                    <ExternalLink aria-hidden />
                    <MenuText label={label} hint={hint} />
                  </a>
                </DropdownMenuItem>
              </div>
            ) : (
              <DropdownMenuItem key={format} disabled={working} onSelect={() => void start(format)}>
                <FileText aria-hidden />
                <MenuText label={label} hint={hint} />
              </DropdownMenuItem>
            ),
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      <ExportStatus state={state} onCancel={cancel} onDismiss={dismiss} />
    </div>
  );
}

function MenuText({ label, hint }: { label: string; hint: string }) {
  return (
    <span className="flex min-w-0 flex-col">
      <span>{label}</span>
      <span className="text-xs text-neutral-400">{hint}</span>
    </span>
  );
}

/** Under the button while an export runs, or once it has failed; a quiet line when it's done. */
function ExportStatus({
  state,
  onCancel,
  onDismiss,
}: {
  state: ExportState;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  const card =
    "absolute top-full right-0 z-30 mt-2 w-64 animate-pop-in rounded-lg border bg-white p-3 text-xs shadow-lg";
  return (
    <div aria-live="polite">
      {state.status === "working" ? (
        <div role="status" className={cn(card, "border-neutral-200")}>
          <div className="flex items-center gap-2 text-neutral-800">
            <Loader2 aria-hidden className="size-3.5 animate-spin text-neutral-500" />
            <span className="flex-1 font-medium">
              {state.progress ? `Downloading ${LABEL[state.format]}…` : `Preparing ${LABEL[state.format]}…`}
            </span>
            <button
              type="button"
              onClick={onCancel}
              className="rounded px-1 text-neutral-500 hover:bg-neutral-100 hover:text-neutral-900"
            >
              Cancel
            </button>
          </div>
          <ProgressLine state={state} />
        </div>
      ) : state.status === "failed" ? (
        <div role="alert" className={cn(card, "border-danger/30")}>
          <div className="flex items-start gap-2">
            <span className="flex-1 text-danger">
              <span className="font-medium">Couldn't export {LABEL[state.format]}.</span> {state.message}
            </span>
            <button
              type="button"
              aria-label="Dismiss"
              onClick={onDismiss}
              className="rounded p-0.5 text-neutral-400 hover:text-neutral-700"
            >
              <X aria-hidden className="size-3.5" />
            </button>
          </div>
        </div>
      ) : state.status === "done" ? (
        <p className="sr-only">Downloaded {state.fileName}</p>
      ) : null}
    </div>
  );
}

function ProgressLine({ state }: { state: Extract<ExportState, { status: "working" }> }) {
  const progress = state.progress;
  const fraction = progress?.total ? Math.min(1, progress.received / progress.total) : null;
  return (
    <div className="mt-2 space-y-1">
      <div className="h-1 overflow-hidden rounded-full bg-neutral-100">
        {fraction === null ? (
          <div className="h-full w-1/3 animate-pulse rounded-full bg-accent/50" />
        ) : (
          <div
            className="h-full rounded-full bg-accent transition-[width]"
            style={{ width: `${fraction * 100}%` }}
          />
        )}
      </div>
      <p className="text-neutral-500 tabular-nums">
        {progress
          ? `${formatBytes(progress.received)}${progress.total ? ` of ${formatBytes(progress.total)}` : ""}`
          : "The server is building the file"}
      </p>
    </div>
  );
}
