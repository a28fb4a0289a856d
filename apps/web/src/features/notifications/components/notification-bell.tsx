"use client";

import {
  AtSign,
  Bell,
  Check,
  CheckCheck,
  Clock,
  MessageSquare,
  MessageSquareReply,
  MessageSquareWarning,
  Send,
} from "lucide-react";
import { useState } from "react";
import { Avatar } from "@/components/ui/avatar.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Link } from "@/components/ui/link.tsx";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import { threadHref } from "@/lib/section-url.ts";
import { excerpt } from "@/lib/text.ts";
import { cn } from "@/lib/utils.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { type NotificationItem, useMarkNotificationsRead, useNotifications } from "../queries.ts";

/** "Ravi Reviewer mentioned you", "… replied", "… commented on a section you own". */
export function notificationText(item: NotificationItem): string {
  const who = item.actor?.name ?? "Someone";
  switch (item.kind) {
    case "MENTION":
      return `${who} mentioned you`;
    case "REPLY":
      return `${who} replied to a thread you're in`;
    case "NEW_THREAD":
      return `${who} commented on a section you own`;
    case "REVIEW_REQUESTED":
      return `${who} asked you to review a section`;
    case "REVIEW_APPROVED":
      return `${who} approved your section`;
    case "CHANGES_REQUESTED":
      return `${who} sent your section back`;
    case "REVIEW_OVERDUE":
      return "A review is overdue";
    default:
      return `${who} commented`;
  }
}

const kindIcon = {
  MENTION: AtSign,
  REPLY: MessageSquareReply,
  NEW_THREAD: MessageSquare,
  REVIEW_REQUESTED: Send,
  REVIEW_APPROVED: Check,
  CHANGES_REQUESTED: MessageSquareWarning,
  REVIEW_OVERDUE: Clock,
} as const;

/**
 * The bell in the top bar: mentions, replies in my threads and new threads on my sections, live
 * (a `live.notifications` stream refetches the list). Opening one goes to its thread and marks it
 * read.
 */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const list = useNotifications();
  const markRead = useMarkNotificationsRead();
  const unread = list.data?.unread ?? 0;

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button variant="ghost" size="icon" className="relative text-neutral-500">
          <Bell aria-hidden />
          <span className="sr-only">Notifications</span>
          {unread > 0 ? (
            <>
              <span
                aria-hidden
                className="absolute top-0.5 right-0.5 grid h-3.5 min-w-3.5 place-items-center rounded-full bg-accent px-1 text-[9px] leading-none font-semibold text-accent-foreground tabular-nums ring-2 ring-white"
              >
                {unread > 99 ? "99+" : unread}
              </span>
              <span className="sr-only">, {unread} unread</span>
            </>
          ) : null}
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="w-96 max-w-[calc(100vw-1rem)] p-0">
        <div className="flex items-center justify-between border-b border-neutral-100 px-4 py-2.5">
          <h2 className="text-sm font-semibold text-neutral-900">Notifications</h2>
          <Button
            variant="ghost"
            size="sm"
            className="-mr-2 text-neutral-500"
            disabled={unread === 0 || markRead.isPending}
            onClick={() => markRead.mutate({})}
          >
            <CheckCheck aria-hidden />
            Mark all read
          </Button>
        </div>
        {list.isPending ? (
          <div role="status" aria-label="Loading notifications" className="space-y-3 p-4">
            <Skeleton className="h-10 w-full" />
            <Skeleton className="h-10 w-full" />
          </div>
        ) : list.isError ? (
          <p role="alert" className="p-4 text-sm text-neutral-500">
            Couldn't load notifications. {errorMessage(list.error)}
          </p>
        ) : list.data.items.length === 0 ? (
          <div className="px-4 py-10 text-center">
            <Bell aria-hidden className="mx-auto mb-2 size-5 text-neutral-300" />
            <p className="text-sm text-neutral-600">Nothing yet</p>
            <p className="mt-1 text-xs text-neutral-400">
              Mentions, replies to your threads and comments on your sections show up here.
            </p>
          </div>
        ) : (
          <ul aria-label="Notifications" className="max-h-[28rem] overflow-y-auto py-1">
            {list.data.items.map((item) => (
              <NotificationRow
                key={item.id}
                item={item}
                onOpen={() => {
                  setOpen(false);
                  if (!item.readAt) markRead.mutate({ ids: [item.id] });
                }}
              />
            ))}
          </ul>
        )}
      </PopoverContent>
    </Popover>
  );
}

function NotificationRow({ item, onOpen }: { item: NotificationItem; onOpen: () => void }) {
  const unread = !item.readAt;
  const Icon = kindIcon[item.kind as keyof typeof kindIcon] ?? MessageSquare;
  const thread = item.thread;
  // Review notifications are about a section (a send-back also names its thread).
  const where = thread
    ? { title: thread.section.title, country: thread.brief.country }
    : item.section
      ? { title: item.section.title, country: item.section.brief.country }
      : null;
  const href = thread
    ? threadHref(thread.briefId, thread.section.key, thread.id)
    : item.section
      ? `/briefs/${item.section.briefId}/${item.section.key}`
      : null;
  const text = notificationText(item);
  const body = (
    <>
      <span className="relative mt-0.5 shrink-0">
        {item.actor ? <Avatar user={item.actor} size="md" /> : <span className="block size-6" />}
        <span
          aria-hidden
          className="absolute -right-1 -bottom-1 grid size-3.5 place-items-center rounded-full bg-white text-neutral-500 ring-1 ring-neutral-200"
        >
          <Icon className="size-2.5" />
        </span>
      </span>
      <span className="min-w-0 flex-1">
        <span className={cn("block text-[13px] leading-5", unread ? "text-neutral-900" : "text-neutral-600")}>
          {unread ? <span className="sr-only">Unread: </span> : null}
          <span className={cn(unread && "font-medium")}>{text}</span>
          {where ? (
            <span className="text-neutral-500">
              {" "}
              in {where.title} · {where.country}
            </span>
          ) : null}
        </span>
        {item.excerpt ? (
          <span className="mt-0.5 line-clamp-2 text-xs leading-4 text-neutral-500">
            {excerpt(item.excerpt, 140)}
          </span>
        ) : null}
        <span className="mt-1 block text-[11px] text-neutral-400">
          <RelativeTime date={item.createdAt} />
        </span>
      </span>
      {unread ? <span aria-hidden className="mt-2 size-2 shrink-0 rounded-full bg-accent" /> : null}
    </>
  );
  const className = cn(
    "flex w-full items-start gap-3 px-4 py-2.5 text-left transition-colors hover:bg-neutral-50",
    unread && "bg-accent-soft/40",
  );
  return (
    <li>
      {href ? (
        <Link href={href} onClick={onOpen} className={className}>
          {body}
        </Link>
      ) : (
        <div className={className}>{body}</div>
      )}
    </li>
  );
}
