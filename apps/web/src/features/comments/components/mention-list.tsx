"use client";

import { initials } from "@/lib/people.ts";
import { cn } from "@/lib/utils.ts";
import type { MentionPicker } from "../hooks/use-mention-picker.ts";

/** The people an "@query" matches, under the comment box. */
export function MentionList({ id, picker }: { id: string; picker: MentionPicker }) {
  return (
    <div
      id={id}
      role="listbox"
      aria-label="Mention someone"
      className="absolute inset-x-0 top-full z-40 mt-1 max-h-56 overflow-y-auto rounded-lg border border-neutral-200 bg-white p-1 shadow-lg"
    >
      {picker.matches.map((member) => (
        // Options are reached from the text box (aria-activedescendant), which handles the keys.
        // biome-ignore lint/a11y/useKeyWithClickEvents: see above; the click is for pointers only
        <div
          key={member.id}
          id={`${id}-${member.id}`}
          role="option"
          tabIndex={-1}
          aria-selected={member.id === picker.active?.id}
          // Keep focus in the box: choosing must not blur it first.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => picker.pick(member)}
          onMouseEnter={() => picker.highlightMember(member)}
          className={cn(
            "flex cursor-default items-center gap-2 rounded-md px-2 py-1.5 text-[13px]",
            member.id === picker.active?.id ? "bg-neutral-100 text-neutral-900" : "text-neutral-700",
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
  );
}
