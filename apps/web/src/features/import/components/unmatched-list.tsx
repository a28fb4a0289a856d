"use client";

import { CornerDownRight } from "lucide-react";
import { Select } from "@/components/ui/select.tsx";
import {
  describeUnmatched,
  leafChoices,
  type PlannedSection,
  type UnmatchedText,
} from "../lib/import-plan.ts";

/**
 * The parts of the file that matched no section: what they say, and a picker of the section
 * their text goes to (by default the nearest section before them). Nothing is dropped.
 */
export function UnmatchedList({
  unmatched,
  sections,
  onTarget,
  disabled,
}: {
  unmatched: readonly UnmatchedText[];
  sections: readonly PlannedSection[];
  onTarget: (pieceId: string, sectionKey: string) => void;
  disabled: boolean;
}) {
  const choices = leafChoices(sections);
  return (
    <section
      aria-labelledby="unmatched-heading"
      className="rounded-xl border border-amber-200 bg-amber-50/40"
    >
      <div className="border-b border-amber-200/70 px-4 py-3">
        <h2 id="unmatched-heading" className="text-sm font-semibold text-neutral-900">
          {unmatched.length === 1
            ? "1 part matched no section"
            : `${unmatched.length} parts matched no section`}
        </h2>
        <p className="mt-0.5 text-xs text-neutral-600">
          Their text is kept. Choose where each goes; it is added after that section's own text.
        </p>
      </div>
      <ul className="divide-y divide-amber-200/60">
        {unmatched.map((piece) => (
          <li key={piece.id} className="px-4 py-3">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <p className="text-sm font-medium text-neutral-900">{describeUnmatched(piece)}</p>
              <p className="text-xs text-neutral-500 tabular-nums">
                line {piece.line} · {piece.words} {piece.words === 1 ? "word" : "words"}
              </p>
            </div>
            {piece.excerpt ? (
              <p className="mt-1 line-clamp-2 text-xs text-neutral-600">{piece.excerpt}</p>
            ) : null}
            <div className="mt-2 flex items-center gap-2 text-xs text-neutral-600">
              <CornerDownRight aria-hidden className="size-3.5 text-neutral-400" />
              <span aria-hidden className="shrink-0">
                Goes to
              </span>
              <Select
                size="xs"
                value={piece.target}
                disabled={disabled}
                aria-label={`Section for ${describeUnmatched(piece)}`}
                onChange={(e) => onTarget(piece.id, e.target.value)}
                className="min-w-0 flex-1"
              >
                {choices.map((choice) => (
                  <option key={choice.key} value={choice.key}>
                    {choice.label}
                    {choice.key === piece.defaultTarget ? " (nearest)" : ""}
                  </option>
                ))}
              </Select>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
