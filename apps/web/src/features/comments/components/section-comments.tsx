"use client";

import { useAtomValue, useSetAtom } from "jotai";
import { useEffect } from "react";
import { useOpenEditor } from "@/features/editor/index.ts";
import { useCommentShortcut } from "../hooks/use-comment-shortcut.ts";
import { useEditorHighlights } from "../hooks/use-editor-highlights.ts";
import { useNewThread } from "../hooks/use-new-thread.ts";
import { useThreadFromUrl } from "../hooks/use-thread-from-url.ts";
import { useSectionThreads } from "../queries.ts";
import { commentsSectionAtom, composerAtom, resetCommentsAtom } from "../state.ts";
import { CommentsPanel, PanelBody } from "./comments-panel.tsx";
import { SelectionBubble } from "./selection-bubble.tsx";

/**
 * The comments of one leaf section, beside its page: the panel, the "Comment" bubble over
 * selected words, the highlights in the editor, Ctrl/Cmd+Alt+M and ?thread= links. Render it
 * keyed by the section, so its state starts afresh on every section.
 */
export function SectionComments({
  briefId,
  sectionId,
  sectionKey,
}: {
  briefId: string;
  sectionId: string;
  sectionKey: string;
}) {
  const setSection = useSetAtom(commentsSectionAtom);
  const reset = useSetAtom(resetCommentsAtom);
  useEffect(() => {
    setSection({ briefId, sectionId, sectionKey });
  }, [briefId, sectionId, sectionKey, setSection]);
  useEffect(() => () => reset(), [reset]);
  useEffect(() => PanelBody.preloadWhenIdle(), []);

  const query = useSectionThreads(sectionId);
  const threads = query.data?.threads ?? NO_THREADS;
  const canComment = query.data?.canComment ?? false;
  const editor = useOpenEditor(sectionId)?.editor ?? null;
  const composer = useAtomValue(composerAtom);
  const newThread = useNewThread({ briefId, sectionId });

  useEditorHighlights(editor, threads);
  useCommentShortcut(editor, canComment, newThread.start);
  useThreadFromUrl(query.data);

  return (
    <>
      {editor && canComment && !composer ? (
        <SelectionBubble editor={editor} onComment={() => newThread.start("selection")} />
      ) : null}
      <CommentsPanel briefId={briefId} sectionId={sectionId} newThread={newThread} />
    </>
  );
}

const NO_THREADS: never[] = [];
