"use client";

import { ArrowLeft } from "lucide-react";
import { type ReactNode, useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button.tsx";

/**
 * The frame of what replaces the editor while looking at history: a sticky bar with the way back
 * to editing, a title and actions, then the body. Labelled by its title; focus moves to the title
 * when a different thing is opened, so keyboard and screen-reader users land on it.
 */
export function StageFrame({
  title,
  focusKey,
  meta,
  actions,
  toolbar,
  onClose,
  backLabel = "Back to editing",
  children,
}: {
  title: ReactNode;
  /** Changes when something else is opened (moves focus to the title again). */
  focusKey: string;
  meta?: ReactNode;
  actions?: ReactNode;
  /** A second row in the sticky bar (selects, change navigation). */
  toolbar?: ReactNode;
  onClose: () => void;
  backLabel?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const frame = useRef<HTMLElement>(null);
  useEffect(() => {
    void focusKey;
    heading.current?.focus({ preventScroll: true });
    frame.current?.scrollIntoView({ block: "nearest" });
  }, [focusKey]);

  return (
    <section ref={frame} aria-labelledby={headingId} className="scroll-mt-16">
      <div className="sticky top-12 z-20 -mx-3 mb-6 border-b border-neutral-200 bg-white px-3 pt-1.5 pb-2.5">
        <Button variant="ghost" size="sm" className="-ml-2" onClick={onClose} aria-keyshortcuts="Escape">
          <ArrowLeft aria-hidden />
          {backLabel}
        </Button>
        <div className="mt-1.5 flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
          <div className="min-w-0">
            <h2
              id={headingId}
              ref={heading}
              tabIndex={-1}
              className="text-base font-semibold tracking-tight text-neutral-900 tabular-nums focus:outline-none"
            >
              {title}
            </h2>
            {meta ? <div className="mt-0.5 text-xs text-neutral-500">{meta}</div> : null}
          </div>
          {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
        </div>
        {toolbar ? <div className="mt-2.5">{toolbar}</div> : null}
      </div>
      {children}
    </section>
  );
}
