"use client";

import { documentToPlainText, type JSONContent } from "@dossier/editor";
import { GitMerge, Users } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button.tsx";
import { DialogActions, DialogShell } from "@/components/ui/dialog.tsx";

export type NewerVersion = { authorName: string; number: number; content: JSONContent };

/**
 * Someone saved the section while this person has unsaved edits: their text can't be swapped in
 * without losing those edits, so say so, and explain what happens next (saving merges both;
 * overlapping changes are put to the person to choose). The dialog shows the newer text.
 */
export function NewerVersionNotice({
  newer,
  onSaveNow,
}: {
  newer: NewerVersion;
  /** Save (and so merge) at once. */
  onSaveNow: () => void;
}) {
  const [open, setOpen] = useState(false);
  const paragraphs = open
    ? documentToPlainText(newer.content)
        .split(/\n{2,}/)
        .filter(Boolean)
    : [];
  return (
    <div
      role="status"
      className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-accent/20 bg-accent-soft px-4 py-2.5 text-sm text-neutral-700"
    >
      <Users aria-hidden className="size-4 shrink-0 text-accent" />
      <p className="min-w-0 flex-1">{newer.authorName} saved a newer version — review changes</p>
      <DialogShell
        open={open}
        onOpenChange={setOpen}
        trigger={
          <Button variant="secondary" size="sm">
            Show latest
          </Button>
        }
        title={`Revision #${newer.number} by ${newer.authorName}`}
        description={`Your unsaved changes are safe. When you save, they are merged with ${newer.authorName}'s; if you both changed the same words, you choose which version to keep.`}
        className="top-[10vh] max-w-2xl"
      >
        <div className="max-h-[50vh] space-y-3 overflow-y-auto rounded-lg border border-neutral-200 bg-neutral-50 px-4 py-3 text-sm leading-6 text-neutral-700">
          {paragraphs.length > 0 ? (
            paragraphs.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a static preview; paragraphs have no ids
              <p key={i} className="whitespace-pre-wrap">
                {p}
              </p>
            ))
          ) : (
            <p className="text-neutral-400">The newer version is empty.</p>
          )}
        </div>
        <DialogActions cancelLabel="Keep editing">
          <Button
            onClick={() => {
              onSaveNow();
              setOpen(false);
            }}
          >
            <GitMerge aria-hidden />
            Save and merge now
          </Button>
        </DialogActions>
      </DialogShell>
    </div>
  );
}
