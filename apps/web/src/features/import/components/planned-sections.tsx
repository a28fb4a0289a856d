"use client";

import { ChevronRight } from "lucide-react";
import { Badge } from "@/components/ui/badge.tsx";
import { SectionDot } from "@/features/briefs/index.ts";
import { StaticDocument } from "@/features/editor/index.ts";
import { cn } from "@/lib/utils.ts";
import { describeUnmatched, type PlannedSection, type UnmatchedText } from "../lib/import-plan.ts";

/**
 * Every template section in order: the heading of the file that fills it, how many words, and
 * which unmatched parts it receives; open a row to read the text exactly as it will be saved.
 */
export function PlannedSections({
  sections,
  unmatched,
}: {
  sections: readonly PlannedSection[];
  unmatched: readonly UnmatchedText[];
}) {
  const pieces = new Map(unmatched.map((p) => [p.id, p]));
  return (
    <section aria-labelledby="sections-heading">
      <h2 id="sections-heading" className="mb-3 text-sm font-semibold text-neutral-900">
        Sections
      </h2>
      <ul className="rounded-xl border border-neutral-200">
        {sections.map((section) =>
          section.isLeaf ? (
            <li key={section.key} className="border-t border-neutral-100 first:border-t-0">
              <LeafRow section={section} received={section.receives.flatMap((id) => pieces.get(id) ?? [])} />
            </li>
          ) : (
            <li
              key={section.key}
              className={cn(
                "border-t border-neutral-100 bg-neutral-50/70 px-4 py-2 text-xs font-semibold text-neutral-700 first:rounded-t-xl first:border-t-0",
              )}
              style={{ paddingLeft: `${1 + section.depth * 1}rem` }}
            >
              {section.title}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

function LeafRow({ section, received }: { section: PlannedSection; received: UnmatchedText[] }) {
  const filled = section.document !== null;
  const indent = { paddingLeft: `${1 + section.depth * 1}rem` };
  const summary = (
    <>
      <SectionDot filled={filled} className="mt-1.5" />
      <span className="min-w-0 flex-1">
        <span className="block text-sm text-neutral-900">{section.title}</span>
        {section.heading ? (
          <span className="block truncate text-xs text-neutral-500">
            from “{section.heading.text}” · line {section.heading.line}
          </span>
        ) : null}
        {received.map((piece) => (
          <span key={piece.id} className="block truncate text-xs text-amber-800">
            + {describeUnmatched(piece)}
          </span>
        ))}
      </span>
      {filled ? (
        <span className="shrink-0 text-xs text-neutral-500 tabular-nums">
          {section.words} {section.words === 1 ? "word" : "words"}
        </span>
      ) : (
        <Badge tone="outline">Stays empty</Badge>
      )}
    </>
  );
  if (!filled) {
    return (
      <div className="flex items-start gap-3 py-2.5 pr-4" style={indent}>
        <span aria-hidden className="size-3.5 shrink-0" />
        {summary}
      </div>
    );
  }
  return (
    <details className="group" aria-label={section.title}>
      <summary
        className="flex cursor-pointer list-none items-start gap-3 py-2.5 pr-4 hover:bg-neutral-50 [&::-webkit-details-marker]:hidden"
        style={indent}
      >
        <ChevronRight
          aria-hidden
          className="mt-0.5 size-3.5 shrink-0 text-neutral-400 transition-transform group-open:rotate-90"
        />
        {summary}
      </summary>
      <div className="border-t border-neutral-100 bg-neutral-50/40 px-6 py-4">
        <OpenDocument section={section} />
      </div>
    </details>
  );
}

/** The section's text as it will be saved (drawn only when its row is open). */
function OpenDocument({ section }: { section: PlannedSection }) {
  return (
    <StaticDocument
      content={section.document}
      label={`${section.title} as it will be imported`}
      className="text-sm"
    />
  );
}
