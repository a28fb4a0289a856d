"use client";

import { useAtom, useAtomValue, useSetAtom } from "jotai";
import { Eye, EyeOff, MessageSquarePlus, X } from "lucide-react";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { Button } from "@/components/ui/button.tsx";
import { SkeletonList } from "@/components/ui/skeleton.tsx";
import { Hint } from "@/components/ui/tooltip.tsx";
import { lazyComponent } from "@/lib/lazy-component.tsx";
import type { useNewThread } from "../hooks/use-new-thread.ts";
import { useSectionThreads } from "../queries.ts";
import { announcementAtom, closePanelAtom, panelOpenAtom, showResolvedAtom } from "../state.ts";

type NewThread = ReturnType<typeof useNewThread>;

/**
 * The threads and the composer load apart from the page (the panel is closed at first);
 * SectionComments preloads them when the page is idle, so the panel opens with them in place.
 */
export const PanelBody = lazyComponent(
  () => import("./panel-body.tsx").then((module) => module.PanelBody),
  <SkeletonList label="Loading comments" count={2} className="space-y-3" itemClassName="h-20" />,
);

/**
 * The section's comment threads, in a panel on the right (not modal: the text stays usable
 * beside it). Resolved threads are hidden until "Show resolved (n)".
 */
export function CommentsPanel({
  briefId,
  sectionId,
  newThread,
}: {
  briefId: string;
  sectionId: string;
  newThread: NewThread;
}) {
  const panelOpen = useAtomValue(panelOpenAtom);
  const closePanel = useSetAtom(closePanelAtom);
  const announcement = useAtomValue(announcementAtom);
  const query = useSectionThreads(sectionId);
  const canComment = query.data?.canComment ?? false;
  // Rendered into <body>: a landmark of its own beside <main>, not inside it.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const status = (
    <p role="status" className="sr-only">
      {announcement}
    </p>
  );
  if (!panelOpen || !mounted) return status;

  const close = () => {
    newThread.cancel();
    closePanel();
    document.getElementById("comments-toggle")?.focus();
  };

  return createPortal(
    <aside
      id="comments-panel"
      aria-label="Comments"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key !== "Escape" || e.defaultPrevented) return;
        // Handled: the comparison or revision underneath (history-stage.tsx) stays open.
        e.preventDefault();
        close();
      }}
      className="fixed top-12 right-0 bottom-0 z-30 flex w-[22rem] max-w-full animate-fade-in flex-col border-l border-neutral-200 bg-neutral-50 shadow-[-8px_0_24px_-16px_rgb(0_0_0/0.15)] focus:outline-none"
    >
      <PanelHeader
        threads={query.data?.threads ?? []}
        canComment={canComment}
        onCommentOnSection={() => newThread.start("section")}
        onClose={close}
      />
      <div className="flex-1 space-y-3 overflow-y-auto px-3 py-3">
        <PanelBody briefId={briefId} sectionId={sectionId} newThread={newThread} />
      </div>
      {status}
    </aside>,
    document.body,
  );
}

function PanelHeader({
  threads,
  canComment,
  onCommentOnSection,
  onClose,
}: {
  threads: readonly { status: string }[];
  canComment: boolean;
  onCommentOnSection: () => void;
  onClose: () => void;
}) {
  const [showResolved, setShowResolved] = useAtom(showResolvedAtom);
  const resolvedCount = threads.filter((t) => t.status === "RESOLVED").length;
  const openCount = threads.length - resolvedCount;
  return (
    <>
      <header className="flex items-center gap-2 border-b border-neutral-200 px-4 py-2.5">
        <h2 className="flex-1 text-sm font-semibold text-neutral-900">
          Comments
          {openCount > 0 ? (
            <span className="ml-1.5 font-normal text-neutral-400 tabular-nums">{openCount} open</span>
          ) : null}
        </h2>
        {canComment ? (
          <Hint label="Comment on the whole section">
            <Button
              variant="ghost"
              size="icon-sm"
              aria-label="Comment on section"
              onClick={onCommentOnSection}
            >
              <MessageSquarePlus aria-hidden />
            </Button>
          </Hint>
        ) : null}
        <Button variant="ghost" size="icon-sm" aria-label="Close comments" onClick={onClose}>
          <X aria-hidden />
        </Button>
      </header>
      {resolvedCount > 0 ? (
        <div className="border-b border-neutral-200 px-4 py-1.5">
          <Button
            variant="ghost"
            size="sm"
            aria-pressed={showResolved}
            onClick={() => setShowResolved(!showResolved)}
            className="-ml-2 text-neutral-500"
          >
            {showResolved ? <EyeOff aria-hidden /> : <Eye aria-hidden />}
            {showResolved ? `Hide resolved (${resolvedCount})` : `Show resolved (${resolvedCount})`}
          </Button>
        </div>
      ) : null}
    </>
  );
}
