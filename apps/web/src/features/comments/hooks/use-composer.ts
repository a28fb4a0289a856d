"use client";

import { COMMENT_BODY_MAX, commentBodySchema } from "@dossier/schema";
import { type FormEvent, type KeyboardEvent, useRef, useState } from "react";
import { type MentionCandidate, mentionedIds } from "../lib/mentions.ts";
import { useMentionPicker } from "./use-mention-picker.ts";

type ComposerOptions = {
  briefId: string;
  initialBody?: string;
  initialMentions?: MentionCandidate[];
  onSubmit: (body: string, mentionUserIds: string[]) => Promise<void>;
  onCancel?: () => void;
  compact?: boolean;
};

/**
 * A comment box's state: the text, the people picked with @, the error under it, sending.
 * The body is checked with the server's own schema before it is sent.
 */
export function useComposer(props: ComposerOptions) {
  const { onCancel, compact } = props;
  const [text, setText] = useState(props.initialBody ?? "");
  const [picked, setPicked] = useState<MentionCandidate[]>(props.initialMentions ?? []);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focused, setFocused] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const picker = useMentionPicker({
    briefId: props.briefId,
    text,
    setText,
    textarea,
    onPicked: (member) => {
      setPicked((prev) => (prev.some((p) => p.id === member.id) ? prev : [...prev, member]));
      setError(null);
    },
  });
  const expanded = !compact || focused || text.length > 0 || busy;
  const over = text.trim().length > COMMENT_BODY_MAX;

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    const parsed = commentBodySchema.safeParse(text);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Check the comment");
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit(parsed.data, mentionedIds(parsed.data, picked));
      setText("");
      setPicked([]);
      picker.close();
    } catch (e) {
      setError(e instanceof Error ? e.message : "Couldn't post the comment. Try again.");
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (picker.onKeyDown(event)) return;
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === "Escape" && onCancel) {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  }

  return {
    text,
    setText,
    error,
    setError,
    busy,
    setFocused,
    textarea,
    picker,
    expanded,
    over,
    submit,
    onKeyDown,
  };
}
