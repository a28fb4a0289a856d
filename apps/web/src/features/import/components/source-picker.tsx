"use client";

import { MAX_IMPORT_CHARACTERS } from "@dossier/schema";
import { FileUp } from "lucide-react";
import { type DragEvent, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button.tsx";
import { cn } from "@/lib/utils.ts";
import { readMarkdownFile } from "../lib/import-plan.ts";

export type ImportSource = { markdown: string; fileName: string };

/** Step one: a Markdown file (chosen or dropped), or text pasted in. */
export function SourcePicker({ onSource }: { onSource: (source: ImportSource) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const pasteId = useId();
  const [dragging, setDragging] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [pasted, setPasted] = useState("");

  const take = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    try {
      onSource({ markdown: await readMarkdownFile(file, MAX_IMPORT_CHARACTERS), fileName: file.name });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : "Couldn't read the file.");
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void take(event.dataTransfer.files[0]);
  };

  return (
    <div className="space-y-6">
      <section
        aria-label="Upload a Markdown file"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={cn(
          "flex flex-col items-center rounded-xl border border-dashed px-6 py-12 text-center transition-colors",
          dragging ? "border-accent bg-accent-soft/40" : "border-neutral-300",
        )}
      >
        <div className="mb-3 grid size-10 place-items-center rounded-full bg-neutral-100 text-neutral-500">
          <FileUp aria-hidden className="size-5" />
        </div>
        <p className="text-sm font-medium text-neutral-900">Drop a Markdown file here</p>
        <p className="mt-1 max-w-sm text-sm text-neutral-500">
          A brief written with headings like the template's — “Crises”, “**2. Strategic Importance**”. Nothing
          is saved until you create the brief.
        </p>
        <input
          ref={input}
          type="file"
          accept=".md,.markdown,.txt,text/markdown,text/plain"
          aria-label="Markdown file"
          className="sr-only"
          onChange={(e) => {
            void take(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
        <Button variant="secondary" className="mt-5" onClick={() => input.current?.click()}>
          Choose a file
        </Button>
        {problem ? (
          <p role="alert" className="mt-3 text-sm text-danger">
            {problem}
          </p>
        ) : null}
      </section>

      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (pasted.trim()) onSource({ markdown: pasted, fileName: "pasted-text.md" });
        }}
      >
        <label htmlFor={pasteId} className="text-sm font-medium text-neutral-800">
          Or paste the brief's Markdown
        </label>
        <textarea
          id={pasteId}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          rows={8}
          maxLength={MAX_IMPORT_CHARACTERS}
          placeholder={"# Mali: Strategic U.S. Foreign Policy Analysis\n\n## Crises\n…"}
          className="block w-full resize-y rounded-md border border-neutral-200 bg-white px-3 py-2 font-mono text-xs leading-5 shadow-xs placeholder:text-neutral-400 focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/15 focus-visible:outline-none"
        />
        <div className="flex justify-end">
          <Button type="submit" variant="secondary" disabled={!pasted.trim()}>
            Preview
          </Button>
        </div>
      </form>
    </div>
  );
}
