import type { SnippetSegment } from "@dossier/schema";
import { cn } from "@/lib/utils.ts";

/**
 * A hit's passage: plain text segments from the server, matched words in <mark>. Text goes in as
 * React children, never as HTML, so whatever the section says stays text.
 */
export function Snippet({
  segments,
  className,
}: {
  segments: readonly SnippetSegment[];
  className?: string;
}) {
  if (segments.length === 0) return null;
  return (
    <p className={cn("text-sm leading-6 text-pretty text-neutral-600", className)}>
      {segments.map((segment, i) =>
        segment.match ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 font-medium text-neutral-900">
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
