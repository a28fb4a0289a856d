"use client";

import { countWords, documentToPlainText } from "@dossier/editor";
import type { Node as PMNode } from "@tiptap/pm/model";
import { type Editor, useEditorState } from "@tiptap/react";
import { useRef } from "react";
import { plural } from "@/lib/labels.ts";

/** Counts words the way the server does; recounted only when the document (not the selection) changes. */
export function WordCount({ editor }: { editor: Editor }) {
  const memo = useRef<{ doc: PMNode; words: number } | null>(null);
  const words = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const doc = e.state.doc;
      if (memo.current?.doc !== doc) memo.current = { doc, words: countWords(documentToPlainText(doc)) };
      return memo.current.words;
    },
  });
  return <span className="tabular-nums">{plural(words, "word")}</span>;
}
