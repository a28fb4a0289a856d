"use client";

import { createDiffExtensions, documentSchema } from "@dossier/editor";
import { getSchema } from "@tiptap/core";
import { DOMSerializer, Node, type Schema } from "@tiptap/pm/model";
import { useLayoutEffect, useRef } from "react";
import { cn } from "@/lib/utils.ts";

let diffSchema: Schema | undefined;
function schemaFor(kind: "document" | "diff"): Schema {
  if (kind === "document") return documentSchema;
  diffSchema ??= getSchema(createDiffExtensions());
  return diffSchema;
}

/**
 * A stored document drawn once as plain DOM with the schema's own renderers: the same markup a
 * read-only editor shows, without an editor per section. For pages that show many sections at
 * once (a whole brief at a named version, a version comparison). Text goes in as DOM text nodes,
 * never as HTML, and only what the schema allows is drawn.
 */
export function StaticDocument({
  content,
  kind = "document",
  label,
  className,
}: {
  content: unknown;
  kind?: "document" | "diff";
  label: string;
  className?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const container = ref.current;
    if (!container) return;
    const schema = schemaFor(kind);
    try {
      const node = Node.fromJSON(schema, content);
      container.replaceChildren(DOMSerializer.fromSchema(schema).serializeFragment(node.content));
    } catch {
      const note = document.createElement("p");
      note.className = "text-sm text-neutral-500";
      note.textContent = "This text can't be displayed.";
      container.replaceChildren(note);
    }
  }, [content, kind]);
  return (
    <div
      ref={ref}
      role="document"
      aria-label={label}
      className={cn("prose-doc", kind === "diff" && "diff-doc", className)}
    />
  );
}
