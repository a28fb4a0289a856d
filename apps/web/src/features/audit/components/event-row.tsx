"use client";

import { ChevronRight } from "lucide-react";
import { useId, useState } from "react";
import { Avatar } from "@/components/ui/avatar.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { formatClock, formatFull } from "@/lib/relative-time.ts";
import { cn } from "@/lib/utils.ts";
import { dataSummary } from "../lib/data-summary.ts";
import { type DescribableEvent, describeEvent } from "../lib/describe-event.ts";

export type AuditEvent = DescribableEvent & {
  id: string;
  createdAt: Date;
  actorId: string | null;
  targetId: string | null;
  ip?: string | null;
};

/**
 * One event: "Elena Editor saved Crises in Senegal", when (exact, relative on hover), from which
 * address (admins only), and its recorded summary behind a Details toggle.
 */
export function EventRow({ event, inBrief = false }: { event: AuditEvent; inBrief?: boolean }) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const { actor, text } = describeEvent(event, { inBrief });
  const details = dataSummary(event);
  return (
    <li className="px-4 py-3 first:rounded-t-xl last:rounded-b-xl">
      <div className="flex items-start gap-3">
        <Avatar user={{ id: event.actorId ?? "system", name: actor }} className="mt-0.5" />
        <div className="min-w-0 flex-1">
          <p className="text-sm text-pretty text-neutral-700">
            <span className="font-medium text-neutral-900">{actor}</span> {text}
          </p>
          <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-xs text-neutral-500">
            <time dateTime={event.createdAt.toISOString()} title={formatFull(event.createdAt)}>
              {formatClock(event.createdAt)}
            </time>
            <span aria-hidden>·</span>
            <RelativeTime date={event.createdAt} />
            {event.ip !== undefined ? (
              <>
                <span aria-hidden>·</span>
                <span className="font-mono text-[11px]">{event.ip ? `IP ${event.ip}` : "no address"}</span>
              </>
            ) : null}
          </p>
        </div>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen((o) => !o)}
          className="flex shrink-0 items-center gap-1 rounded-md px-1.5 py-1 text-xs text-neutral-500 hover:bg-neutral-100 hover:text-neutral-900"
        >
          <ChevronRight aria-hidden className={cn("size-3.5 transition-transform", open && "rotate-90")} />
          Details
          <span className="sr-only"> of “{`${actor} ${text}`}”</span>
        </button>
      </div>
      {open ? (
        <dl
          id={detailsId}
          className="mt-2 ml-9 grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 gap-y-1 rounded-lg bg-neutral-50 px-3 py-2 text-xs"
        >
          {details.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="text-neutral-500">{key}</dt>
              <dd className="min-w-0 font-mono break-all text-neutral-800">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </li>
  );
}
