"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import { type ComponentProps, type ComponentType, type ReactNode, useEffect, useState } from "react";
import { type LazyComponent, lazyComponent } from "@/lib/lazy-component.tsx";
import { cn } from "@/lib/utils.ts";
import { Button } from "./button.tsx";

export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

export function DialogContent({
  className,
  children,
  ...props
}: ComponentProps<typeof DialogPrimitive.Content>) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-50 animate-fade-in bg-black/25 dark:bg-black/60" />
      <DialogPrimitive.Content
        className={cn(
          "fixed top-[18vh] left-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 animate-pop-in",
          "rounded-xl border border-neutral-200 bg-white p-6 shadow-xl focus:outline-none",
          className,
        )}
        {...props}
      >
        {children}
        <DialogPrimitive.Close
          aria-label="Close"
          className="absolute top-4 right-4 rounded-md p-1 text-neutral-400 transition-colors hover:bg-neutral-100 hover:text-neutral-700"
        >
          <X className="size-4" aria-hidden />
        </DialogPrimitive.Close>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

export function DialogHeader({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("mb-5 space-y-1.5 pr-6", className)} {...props} />;
}

export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("mt-6 flex justify-end gap-2", className)} {...props} />;
}

export function DialogTitle({ className, ...props }: ComponentProps<typeof DialogPrimitive.Title>) {
  return (
    <DialogPrimitive.Title className={cn("text-base font-semibold text-neutral-900", className)} {...props} />
  );
}

export function DialogDescription({
  className,
  ...props
}: ComponentProps<typeof DialogPrimitive.Description>) {
  return <DialogPrimitive.Description className={cn("text-sm text-neutral-500", className)} {...props} />;
}

/**
 * The frame most dialogs share: an optional trigger, then a title and a description above the
 * body. Controlled (`open`, `onOpenChange`) or not; a function as `children` gets `close`.
 * `preload`: a body that loads apart (lib/lazy-component.tsx), fetched once the page is idle and
 * when the pointer or focus reaches the trigger, so the dialog opens with its form in place.
 */
export function DialogShell({
  open: controlled,
  onOpenChange,
  trigger,
  title,
  description,
  className,
  preload,
  children,
}: {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  trigger?: ReactNode;
  title: ReactNode;
  description: ReactNode;
  className?: string;
  preload?: Pick<LazyComponent<never>, "preload" | "preloadWhenIdle">;
  children: ReactNode | ((close: () => void) => ReactNode);
}) {
  const [own, setOwn] = useState(false);
  useEffect(() => preload?.preloadWhenIdle(), [preload]);
  const open = controlled ?? own;
  const setOpen = (next: boolean) => {
    setOwn(next);
    onOpenChange?.(next);
  };
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {trigger ? (
        <DialogTrigger
          asChild
          onPointerEnter={() => void preload?.preload()}
          onFocus={() => void preload?.preload()}
        >
          {trigger}
        </DialogTrigger>
      ) : null}
      <DialogContent className={className}>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {typeof children === "function" ? children(() => setOpen(false)) : children}
      </DialogContent>
    </Dialog>
  );
}

/**
 * A dialog's form whose code loads apart (lib/lazy-component.tsx): pass it to DialogShell's
 * `preload`, so it is fetched before the dialog opens. Meanwhile a placeholder the height of a
 * short form, so the dialog doesn't jump when the form arrives.
 */
export function lazyDialogForm<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  return lazyComponent(load, <DialogBodyLoading />);
}

function DialogBodyLoading() {
  return (
    <div role="status" aria-label="Loading the form" className="space-y-3">
      <div aria-hidden className="h-4 w-24 animate-pulse rounded bg-neutral-100" />
      <div aria-hidden className="h-9 animate-pulse rounded-md bg-neutral-100" />
      <div aria-hidden className="ml-auto h-9 w-28 animate-pulse rounded-md bg-neutral-100" />
    </div>
  );
}

/** A dialog's buttons: one that closes it ("Cancel"), then its own. */
export function DialogActions({
  cancelLabel = "Cancel",
  busy,
  children,
}: {
  cancelLabel?: string;
  busy?: boolean;
  children: ReactNode;
}) {
  return (
    <DialogFooter>
      <DialogClose asChild>
        <Button variant="ghost" disabled={busy}>
          {cancelLabel}
        </Button>
      </DialogClose>
      {children}
    </DialogFooter>
  );
}
