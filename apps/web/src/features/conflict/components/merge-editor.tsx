"use client";

import { createDocumentExtensions, type JSONContent } from "@dossier/editor";
import type { DocumentJson } from "@dossier/schema";
import { type Editor, EditorContent, useEditor } from "@tiptap/react";
import { ArrowLeft, Loader2 } from "lucide-react";
import { type RefObject, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button.tsx";
import { DocumentSkeleton } from "@/features/editor/index.ts";
import { cn } from "@/lib/utils.ts";

export function MergeEditor({
  mine,
  theirs,
  busy,
  onBack,
  onSave,
}: {
  mine: DocumentJson;
  theirs: DocumentJson;
  busy: boolean;
  onBack: () => void;
  onSave: (merged: DocumentJson) => void;
}) {
  const [start, setStart] = useState<"theirs" | "mine">("theirs");
  const editorRef = useRef<Editor | null>(null);
  const id = useId();
  return (
    <section aria-labelledby={id} className="px-6 py-5">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h3 id={id} className="text-sm font-semibold text-neutral-900">
            Merged text
          </h3>
          <p className="text-xs text-neutral-500">
            Edit until it says what both of you meant, then save it. Switching the starting text discards
            edits made here.
          </p>
        </div>
        <fieldset className="flex rounded-md border border-neutral-200 p-0.5">
          <legend className="sr-only">Start from</legend>
          {(
            [
              ["theirs", "Current version"],
              ["mine", "Your version"],
            ] as const
          ).map(([value, label]) => (
            <button
              key={value}
              type="button"
              aria-pressed={start === value}
              onClick={() => setStart(value)}
              className={cn(
                "rounded px-2.5 py-1 text-xs font-medium text-neutral-500 transition-colors hover:text-neutral-900",
                start === value && "bg-neutral-100 text-neutral-900",
              )}
            >
              {label}
            </button>
          ))}
        </fieldset>
      </div>
      <div className="rounded-lg border border-neutral-200 px-4 py-3 focus-within:border-accent focus-within:ring-3 focus-within:ring-accent/15">
        <MergeEditorField key={start} content={start === "mine" ? mine : theirs} editorRef={editorRef} />
      </div>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={onBack} disabled={busy}>
          <ArrowLeft aria-hidden />
          Back to choices
        </Button>
        <Button
          disabled={busy}
          onClick={() => {
            const editor = editorRef.current;
            if (editor) onSave({ ...editor.getJSON(), type: "doc" });
          }}
        >
          {busy ? <Loader2 aria-hidden className="animate-spin" /> : null}
          Save merged text
        </Button>
      </div>
    </section>
  );
}

export function MergeEditorField({
  content,
  editorRef,
}: {
  content: DocumentJson;
  editorRef: RefObject<Editor | null>;
}) {
  const [extensions] = useState(() => createDocumentExtensions());
  const editor = useEditor({
    immediatelyRender: false,
    extensions,
    content: content as JSONContent,
    editorProps: {
      attributes: {
        class: "prose-doc min-h-40",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": "Merged text",
      },
    },
  });
  useEffect(() => {
    editorRef.current = editor;
    return () => {
      if (editorRef.current === editor) editorRef.current = null;
    };
  }, [editor, editorRef]);
  if (!editor) return <DocumentSkeleton />;
  return <EditorContent editor={editor} />;
}
