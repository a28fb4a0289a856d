"use client";

import { COMMENT_BODY_MAX } from "@dossier/schema";
import { Loader2 } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button.tsx";
import { useModKey } from "@/hooks/use-mod-key.ts";
import { formatCount as count } from "@/lib/labels.ts";
import { cn } from "@/lib/utils.ts";
import { useComposer } from "../hooks/use-composer.ts";
import type { MentionCandidate } from "../lib/mentions.ts";
import { MentionList } from "./mention-list.tsx";

type Props = {
  briefId: string;
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
 * sends; Escape closes the list, then cancels. The body is checked by the server's own schema.
 */
export function CommentComposer(props: Props) {
  const { label, placeholder, submitLabel, busyLabel, onCancel, autoFocus } = props;
  const mod = useModKey();
  const listId = useId();
  const errorId = useId();
  const hintId = useId();
  const c = useComposer(props);
  return (
    <form onSubmit={c.submit} noValidate className="relative">
      <textarea
        ref={c.textarea}
        aria-label={label}
        aria-autocomplete="list"
        aria-controls={c.picker.open ? listId : undefined}
        aria-activedescendant={c.picker.active ? `${listId}-${c.picker.active.id}` : undefined}
        aria-invalid={c.error ? true : undefined}
        aria-describedby={c.error ? errorId : hintId}
        placeholder={placeholder}
        // biome-ignore lint/a11y/noAutofocus: the box opens because the person asked to write
        autoFocus={autoFocus}
        value={c.text}
        disabled={c.busy}
        rows={c.expanded ? 3 : 1}
        onChange={(e) => {
          c.setText(e.target.value);
          c.setError(null);
          c.picker.track(e.target.value, e.target.selectionStart);
        }}
        onSelect={(e) => c.picker.track(e.currentTarget.value, e.currentTarget.selectionStart)}
        onKeyDown={c.onKeyDown}
        onFocus={() => c.setFocused(true)}
        onBlur={() => {
          c.setFocused(false);
          c.picker.close();
        }}
        className={cn(
          "block w-full resize-none rounded-md border border-neutral-200 bg-white px-2.5 py-1.5 text-[13px] leading-5 text-neutral-800 shadow-xs transition-colors field-sizing-content",
          "placeholder:text-neutral-400 focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/15 focus-visible:outline-none",
          "disabled:opacity-60 aria-invalid:border-danger",
          c.expanded ? "min-h-[4.5rem] max-h-60" : "min-h-8",
        )}
      />
      {c.picker.open ? <MentionList id={listId} picker={c.picker} /> : null}
      {c.error ? (
        <p id={errorId} role="alert" className="mt-1.5 text-xs text-danger">
          {c.error}
        </p>
      ) : null}
      <ComposerFooter
        expanded={c.expanded}
        hintId={hintId}
        hint={
          c.over
            ? `${count(c.text.trim().length)} / ${count(COMMENT_BODY_MAX)}`
            : `@ to mention · ${mod}+Enter to send`
        }
        over={c.over}
        busy={c.busy}
        canSubmit={c.text.trim().length > 0}
        submitLabel={c.busy && busyLabel ? busyLabel : submitLabel}
        onCancel={onCancel}
      />
    </form>
  );
}

/** The hint (or the count past the limit) and the buttons; a compact box shows them once used. */
function ComposerFooter({
  expanded,
  hintId,
  hint,
  over,
  busy,
  canSubmit,
  submitLabel,
  onCancel,
}: {
  expanded: boolean;
  hintId: string;
  hint: string;
  over: boolean;
  busy: boolean;
  canSubmit: boolean;
  submitLabel: string;
  onCancel?: () => void;
}) {
  if (!expanded) {
    return (
      <span id={hintId} className="sr-only">
        Type @ to mention someone
      </span>
    );
  }
  return (
    <div className="mt-2 flex items-center justify-between gap-2">
      <p id={hintId} className={cn("text-[11px] text-neutral-400", over && "text-danger")}>
        {hint}
      </p>
      <div className="flex gap-1.5">
        {onCancel ? (
          <Button variant="ghost" size="sm" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" size="sm" disabled={busy || !canSubmit}>
          {busy ? <Loader2 aria-hidden className="animate-spin" /> : null}
          {submitLabel}
        </Button>
      </div>
    </div>
  );
}
