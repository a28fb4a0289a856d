"use client";

import { Pencil } from "lucide-react";
import { Avatar } from "@/components/ui/avatar.tsx";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip.tsx";
import { useMe } from "@/features/auth/index.ts";
import { cn } from "@/lib/utils.ts";
import { type PresenceEntry, useBriefPresence } from "../queries.ts";

/** Other people on one section, editors first, then by name. */
export function othersOn(entries: readonly PresenceEntry[] | undefined, sectionId: string, meId: string) {
  return (entries ?? [])
    .filter((e) => e.sectionId === sectionId && e.user.id !== meId)
    .sort((a, b) => Number(b.editing) - Number(a.editing) || a.user.name.localeCompare(b.user.name));
}

export const presenceLabel = (entry: PresenceEntry) =>
  `${entry.user.name} — ${entry.editing ? "editing" : "viewing"}`;

/**
 * Avatars of the other people on a section, with "Omar Analyst — editing" on hover and focus.
 * Someone editing gets an accent ring and a small pen.
 */
export function SectionPresence({ briefId, sectionId }: { briefId: string; sectionId: string }) {
  const presence = useBriefPresence(briefId);
  const me = useMe();
  const others = othersOn(presence.data, sectionId, me.id);
  if (others.length === 0) return null;
  const shown = others.slice(0, 4);
  const more = others.length - shown.length;
  return (
    <ul aria-label="Here now" className="flex items-center -space-x-1.5">
      {shown.map((entry) => (
        <li key={entry.user.id} className="flex">
          <Tooltip>
            <TooltipTrigger asChild>
              <span
                role="img"
                aria-label={presenceLabel(entry)}
                className={cn(
                  "relative inline-flex rounded-full ring-2 ring-white",
                  entry.editing && "ring-accent/70",
                )}
              >
                <Avatar user={entry.user} size="md" />
                {entry.editing ? (
                  <span
                    aria-hidden
                    className="absolute -right-0.5 -bottom-0.5 grid size-3 place-items-center rounded-full bg-accent text-accent-foreground ring-1 ring-white"
                  >
                    <Pencil className="size-2" />
                  </span>
                ) : null}
              </span>
            </TooltipTrigger>
            <TooltipContent>{presenceLabel(entry)}</TooltipContent>
          </Tooltip>
        </li>
      ))}
      {more > 0 ? (
        <li
          aria-label={`${more} more`}
          className="grid size-6 place-items-center rounded-full bg-neutral-100 text-[10px] font-medium text-neutral-600 ring-2 ring-white"
        >
          +{more}
        </li>
      ) : null}
    </ul>
  );
}

/**
 * The outline's quiet version: up to three tiny avatars, hidden from assistive tech, with the
 * names in the link's text instead ("Omar Analyst editing").
 */
export function OutlinePresence({
  entries,
  sectionId,
  meId,
}: {
  entries: readonly PresenceEntry[] | undefined;
  sectionId: string;
  meId: string;
}) {
  const others = othersOn(entries, sectionId, meId);
  if (others.length === 0) return null;
  return (
    <>
      <span
        aria-hidden
        className="mt-0.5 flex shrink-0 -space-x-1"
        title={others.map(presenceLabel).join("\n")}
      >
        {others.slice(0, 3).map((entry) => (
          <Avatar
            key={entry.user.id}
            user={entry.user}
            size="xs"
            className={cn("ring-1 ring-white", entry.editing && "ring-accent")}
          />
        ))}
      </span>
      <span className="sr-only">
        , {others.map((e) => `${e.user.name} ${e.editing ? "editing" : "viewing"}`).join(", ")}
      </span>
    </>
  );
}
