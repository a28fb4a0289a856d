"use client";

import { createDiffExtensions, createDocumentExtensions } from "@dossier/editor";
import { EditorContent, type JSONContent, useEditor } from "@tiptap/react";
import { type Ref, useEffect, useState } from "react";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import { useHydrated } from "@/hooks/use-hydrated.ts";
import { cn } from "@/lib/utils.ts";

/**
 * A document shown read-only in a Tiptap editor: a revision (`kind="document"`, the document
 * schema) or a rich diff (`kind="diff"`, the schema of `createDiffExtensions()`, with insertions,
 * deletions and formatting changes marked in place). Nothing here can be edited or saved.
 */
export function DocumentView({
  content,
  kind = "document",
  label,
  className,
  ref,
}: {
  content: unknown;
  kind?: "document" | "diff";
  /** The accessible name of the document region. */
  label: string;
  className?: string;
  ref?: Ref<HTMLDivElement>;
}) {
  // Pinned for the viewer's lifetime: a new list would mean a new schema.
  const [extensions] = useState(() =>
    kind === "diff" ? createDiffExtensions() : createDocumentExtensions(),
  );
  const editor = useEditor({
    // Built in this render when opened in the browser; after hydration when the server drew it.
    immediatelyRender: useHydrated(),
    editable: false,
    extensions,
    content: content as JSONContent,
    editorProps: {
      attributes: {
        class: cn("prose-doc", kind === "diff" && "diff-doc"),
        role: "document",
        "aria-label": label,
        "aria-readonly": "true",
      },
    },
  });

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.commands.setContent(content as JSONContent, { emitUpdate: false });
  }, [editor, content]);

  if (!editor) return <DocumentSkeleton />;
  return (
    <div ref={ref} className={className}>
      <EditorContent editor={editor} />
    </div>
  );
}

export function DocumentSkeleton({ label = "Loading text" }: { label?: string }) {
  return (
    <div role="status" aria-label={label} className="space-y-3 pt-1">
      <Skeleton className="h-4 w-11/12" />
      <Skeleton className="h-4 w-full" />
      <Skeleton className="h-4 w-4/5" />
      <Skeleton className="h-4 w-2/3" />
    </div>
  );
}
