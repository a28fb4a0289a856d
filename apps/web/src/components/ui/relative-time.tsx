"use client";

import { useReaderText } from "@/hooks/use-hydrated.ts";
import { useNow } from "@/hooks/use-now.ts";
import { formatFull, formatRelative } from "@/lib/relative-time.ts";

/** "2 minutes ago", with the exact time on hover. Server and browser clocks differ, hence the hydration opt-out. */
export function RelativeTime({ date, className }: { date: Date; className?: string }) {
  const now = useNow();
  const text = useReaderText(formatRelative(date, now));
  return (
    <time
      dateTime={date.toISOString()}
      title={formatFull(date)}
      className={className}
      suppressHydrationWarning
    >
      {text}
    </time>
  );
}
