"use client";

import { type KeyboardEvent, type RefObject, useMemo, useState } from "react";
import { useMe } from "@/features/auth/index.ts";
import { useBriefMembers } from "@/features/members/index.ts";
import {
  type ActiveMention,
  activeMention,
  insertMention,
  type MentionCandidate,
  matchMembers,
} from "../lib/mentions.ts";

/**
 * The @mention autocomplete of a comment box: which "@query" is being typed, the brief's members
 * it matches, the highlighted one, and what picking one does to the text.
 */
export function useMentionPicker({
  briefId,
  text,
  setText,
  textarea,
  onPicked,
}: {
  briefId: string;
  text: string;
  setText: (text: string) => void;
  textarea: RefObject<HTMLTextAreaElement | null>;
  onPicked: (member: MentionCandidate) => void;
}) {
  const me = useMe();
  const members = useBriefMembers(briefId);
  const candidates = useMemo<MentionCandidate[]>(
    () => (members.data ?? []).filter((m) => m.id !== me.id),
    [members.data, me.id],
  );
  const [mention, setMention] = useState<ActiveMention | null>(null);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [highlight, setHighlight] = useState(0);

  const matches = mention && mention.start !== dismissedAt ? matchMembers(candidates, mention.query) : [];
  const open = matches.length > 0;
  const active = open ? matches[Math.min(highlight, matches.length - 1)] : undefined;

  function track(value: string, caret: number) {
    const next = activeMention(value, caret);
    setMention(next);
    if (!next || next.start !== mention?.start) setHighlight(0);
    if (!next) setDismissedAt(null);
  }

  function pick(member: MentionCandidate) {
    if (!mention) return;
    const result = insertMention(text, mention, member);
    setText(result.text);
    onPicked(member);
    setMention(null);
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(result.caret, result.caret);
    });
  }

  /** Arrow keys, Enter/Tab and Escape while the list is open; true when the key was used. */
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
    if (!open) return false;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const step = event.key === "ArrowDown" ? 1 : -1;
      setHighlight((h) => (h + step + matches.length) % matches.length);
    } else if ((event.key === "Enter" && !event.metaKey && !event.ctrlKey) || event.key === "Tab") {
      if (active) pick(active);
    } else if (event.key === "Escape") {
      event.stopPropagation();
      setDismissedAt(mention?.start ?? null);
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  }

  return {
    matches,
    open,
    active,
    track,
    pick,
    onKeyDown,
    highlightMember: (member: MentionCandidate) => setHighlight(matches.indexOf(member)),
    close: () => setMention(null),
  };
}

export type MentionPicker = ReturnType<typeof useMentionPicker>;
