"use client";

import { useQuery } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { type FormEvent, type KeyboardEvent, useId, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button.tsx";
import { useModKey } from "@/hooks/use-mod-key.ts";
import { cn } from "@/lib/utils.ts";
import { useTRPC } from "@/trpc/react.tsx";
import { initials } from "../lib/comments-format.ts";
import {
  type ActiveMention,
  activeMention,
  insertMention,
  type MentionCandidate,
  matchMembers,
  mentionedIds,
} from "../lib/mentions.ts";

const MAX_BODY = 5_000;

type Props = {
  briefId: string;
  meId: string;
  /** The text box's accessible name ("Comment", "Reply", "Edit comment"). */
  label: string;
  placeholder?: string;
  submitLabel: string;
  /** Shown on the button while submitting (e.g. "Saving text…" before a pinned comment). */
  busyLabel?: string;
  initialBody?: string;
  initialMentions?: MentionCandidate[];
  /** Throw an Error to show its message under the box (the text is kept). */
  onSubmit: (body: string, mentionUserIds: string[]) => Promise<void>;
  onCancel?: () => void;
  autoFocus?: boolean;
  /** A one-line "Reply…" box that grows its buttons once used. */
  compact?: boolean;
};

/**
 * A plain-text comment box with @mention autocomplete from the brief's members: typing "@"
 * opens a list filtered as you type; picking (click, Enter or Tab) inserts "@Name" and records
 * the person's id, sent as `mentionUserIds` (only for names still in the text). Ctrl/Cmd+Enter
 * sends; Escape closes the list, then cancels.
 */
export function CommentComposer({
  briefId,
  meId,
  label,
  placeholder,
  submitLabel,
  busyLabel,
  initialBody = "",
  initialMentions = [],
  onSubmit,
  onCancel,
  autoFocus,
  compact,
}: Props) {
  const trpc = useTRPC();
  const mod = useModKey();
  const members = useQuery({ ...trpc.briefs.members.list.queryOptions({ briefId }), staleTime: 60_000 });
  const candidates = useMemo<MentionCandidate[]>(
    () => (members.data ?? []).filter((m) => m.id !== meId),
    [members.data, meId],
  );

  const [text, setText] = useState(initialBody);
  const [picked, setPicked] = useState<MentionCandidate[]>(initialMentions);
  const [mention, setMention] = useState<ActiveMention | null>(null);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [highlight, setHighlight] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focused, setFocused] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const errorId = useId();
  const hintId = useId();

  const matches = mention && mention.start !== dismissedAt ? matchMembers(candidates, mention.query) : [];
  const listOpen = matches.length > 0;
  const active = listOpen ? matches[Math.min(highlight, matches.length - 1)] : undefined;
  const expanded = !compact || focused || text.length > 0 || busy;

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
    setPicked((prev) => (prev.some((p) => p.id === member.id) ? prev : [...prev, member]));
    setMention(null);
    setError(null);
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(result.caret, result.caret);
    });
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    const body = text.trim();
    if (!body) return setError("Write a comment first");
    if (body.length > MAX_BODY)
      return setError(`Comments must be at most ${MAX_BODY.toLocaleString("en-US")} characters`);
    setBusy(true);
    setError(null);
    try {
      await onSubmit(body, mentionedIds(body, picked));
      setText("");
      setPicked([]);
      setMention(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Couldn't post the comment. Try again.");
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (listOpen) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        setHighlight((h) => (h + step + matches.length) % matches.length);
        return;
      }
      if ((event.key === "Enter" && !event.metaKey && !event.ctrlKey) || event.key === "Tab") {
        event.preventDefault();
        if (active) pick(active);
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        setDismissedAt(mention?.start ?? null);
        return;
      }
    }
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void submit();
      return;
    }
    if (event.key === "Escape" && onCancel) {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  }

  const over = text.trim().length > MAX_BODY;

  return (
    <form onSubmit={submit} noValidate className="relative">
      <textarea
        ref={textarea}
        aria-label={label}
        aria-autocomplete="list"
        aria-controls={listOpen ? listId : undefined}
        aria-activedescendant={active ? `${listId}-${active.id}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : hintId}
        placeholder={placeholder}
        // biome-ignore lint/a11y/noAutofocus: the box opens because the person asked to write
        autoFocus={autoFocus}
        value={text}
        disabled={busy}
        rows={expanded ? 3 : 1}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
          track(e.target.value, e.target.selectionStart);
        }}
        onSelect={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          setMention(null);
        }}
        className={cn(
          "block w-full resize-none rounded-md border border-neutral-200 bg-white px-2.5 py-1.5 text-[13px] leading-5 text-neutral-800 shadow-xs transition-colors field-sizing-content",
          "placeholder:text-neutral-400 focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/15 focus-visible:outline-none",
          "disabled:opacity-60 aria-invalid:border-danger",
          expanded ? "min-h-[4.5rem] max-h-60" : "min-h-8",
        )}
      />
      {listOpen ? (
        <div
          id={listId}
          role="listbox"
          aria-label="Mention someone"
          className="absolute inset-x-0 top-full z-40 mt-1 max-h-56 overflow-y-auto rounded-lg border border-neutral-200 bg-white p-1 shadow-lg"
        >
          {matches.map((member) => (
            // Options are reached from the text box (aria-activedescendant), which handles the keys.
            // biome-ignore lint/a11y/useKeyWithClickEvents: see above; the click is for pointers only
            <div
              key={member.id}
              id={`${listId}-${member.id}`}
              role="option"
              tabIndex={-1}
              aria-selected={member.id === active?.id}
              // Keep focus in the box: choosing must not blur it first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(member)}
              onMouseEnter={() => setHighlight(matches.indexOf(member))}
              className={cn(
                "flex cursor-default items-center gap-2 rounded-md px-2 py-1.5 text-[13px]",
                member.id === active?.id ? "bg-neutral-100 text-neutral-900" : "text-neutral-700",
              )}
            >
              <span
                aria-hidden
                className="grid size-5 shrink-0 place-items-center rounded-full bg-neutral-200 text-[9px] font-semibold text-neutral-700"
              >
                {initials(member.name)}
              </span>
              <span className="min-w-0 flex-1 truncate">{member.name}</span>
              {member.email ? (
                <span className="truncate text-[11px] text-neutral-400">{member.email}</span>
              ) : null}
            </div>
          ))}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} role="alert" className="mt-1.5 text-xs text-danger">
          {error}
        </p>
      ) : null}
      {expanded ? (
        <div className="mt-2 flex items-center justify-between gap-2">
          <p id={hintId} className={cn("text-[11px] text-neutral-400", over && "text-danger")}>
            {over
              ? `${text.trim().length.toLocaleString("en-US")} / ${MAX_BODY.toLocaleString("en-US")}`
              : `@ to mention · ${mod}+Enter to send`}
          </p>
          <div className="flex gap-1.5">
            {onCancel ? (
              <Button variant="ghost" size="sm" onClick={onCancel} disabled={busy}>
                Cancel
              </Button>
            ) : null}
            <Button type="submit" size="sm" disabled={busy || !text.trim()}>
              {busy ? <Loader2 aria-hidden className="animate-spin" /> : null}
              {busy && busyLabel ? busyLabel : submitLabel}
            </Button>
          </div>
        </div>
      ) : (
        <span id={hintId} className="sr-only">
          Type @ to mention someone
        </span>
      )}
    </form>
  );
}
